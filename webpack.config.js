/* eslint-disable no-undef */
// Builds the Excel add-in into dist/: taskpane.html (with the custom functions, shared runtime),
// functions.js, functions.json (from the JSDoc, by custom-functions-metadata-plugin),
// functions-sv-SE.json, help.html, the icons (Office.js copied from @microsoft/office-js only with
// OFFICE_JS=local), and manifest.xml
// with its URLs pointing at the production host (ADDIN_PRODUCTION_URL) in production builds.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { allowErrorInputs } = require("./scripts/allow-error-inputs");
const { helpExamples } = require("./scripts/help-examples");
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

/**
 * Where the task pane loads Office.js from. By default Microsoft's CDN, the only supported way
 * (the npm package @microsoft/office-js says it is no longer supported, and Microsoft's
 * documentation keeps local copies for development). `OFFICE_JS=local` copies the package's files
 * to dist/office-js/ and loads them from the add-in's own host, for networks that cannot reach
 * the CDN; the page's Content-Security-Policy then allows no other host at all.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const localOfficeJs = process.env.OFFICE_JS === "local";
const officeJs = localOfficeJs ? { url: "office-js/office.js", scriptSource: "" } : { url: OFFICE_JS_CDN, scriptSource: " https://appsforoffice.microsoft.com" };

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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], scriptLoading: "defer", templateParameters: { officeJs } }),
      // The help page: its formula examples from the template's table names.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false, templateParameters: { examples: helpExamples() } }),
      // The browser auditor: its own page; the reader and the engine come in the auditor-engine chunk, loaded on demand.
      new HtmlWebpackPlugin({ filename: "auditor.html", template: "./src/auditor/auditor.html", chunks: ["auditor"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/auditor/auditor.css", to: "auditor.css" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().replaceAll(DEV_URL, baseUrl) },
          ...(localOfficeJs ? OFFICE_JS : []).map((pattern) => ({
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
