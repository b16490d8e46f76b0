/* eslint-disable no-undef */
// Builds the Excel add-in into dist/: taskpane.html (with the custom functions, shared runtime),
// functions.js, functions.json (from the JSDoc, by custom-functions-metadata-plugin),
// functions-sv-SE.json, the icons, Office.js copied from @microsoft/office-js, and manifest.xml
// with its URLs pointing at the production host (ADDIN_PRODUCTION_URL) in production builds.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { allowErrorInputs } = require("./scripts/allow-error-inputs");
const { localizeFunctionsMetadata } = require("./scripts/localize-functions-metadata");

const DEV_URL = "https://localhost:3000/";
const PRODUCTION_URL = process.env.ADDIN_PRODUCTION_URL || "https://resultatrevision.kommun.example/";

/**
 * Completes the functions.json that custom-functions-metadata-plugin made: adds
 * `allowErrorForDataTypeAny` (scripts/allow-error-inputs.js), and functions-sv-SE.json beside it.
 */
class SwedishFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SwedishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SwedishFunctionsMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset("functions.json");
        if (!generated) return;
        const english = allowErrorInputs(JSON.parse(generated.source.source().toString()));
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(english, null, 2)));
        const swedish = localizeFunctionsMetadata(english);
        compilation.emitAsset("functions-sv-SE.json", new sources.RawSource(JSON.stringify(swedish, null, 2)));
      });
    });
  }
}

/** The Office.js files Excel needs, without the 80 MB of other hosts and languages. */
const OFFICE_JS = ["office.js", "o15apptofilemappingtable.js", "excel-*.js", "excelwebapp-*.js", "excelios-*.js", "custom-functions-runtime.js", "en-us/*", "sv-se/*"];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? DEV_URL : PRODUCTION_URL.endsWith("/") ? PRODUCTION_URL : `${PRODUCTION_URL}/`;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      auditor: "./src/auditor/auditor.ts",
    },
    output: { path: path.resolve(__dirname, process.env.ADDIN_DIST_DIR || "dist"), filename: "[name].js", chunkFilename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
      use: { loader: "ts-loader", options: { configFile: "tsconfig.addin.json", transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new SwedishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], scriptLoading: "defer" }),
      // The browser auditor: its own page; ExcelJS comes in the auditor-engine chunk, loaded on demand.
      new HtmlWebpackPlugin({ filename: "auditor.html", template: "./src/auditor/auditor.html", chunks: ["auditor"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/auditor/auditor.css", to: "auditor.css" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().replaceAll(DEV_URL, baseUrl) },
          ...OFFICE_JS.map((pattern) => ({
            from: pattern,
            context: "node_modules/@microsoft/office-js/dist",
            to: "office-js/",
            globOptions: { ignore: ["**/*.debug.js"] },
          })),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: dev && env.WEBPACK_SERVE ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() } : undefined,
    },
  };
};
