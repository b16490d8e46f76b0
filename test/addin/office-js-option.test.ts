import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** The webpack configuration as `npm run build` gets it, with OFFICE_JS set or not. */
async function configWith(officeJs: string | undefined): Promise<any> {
  const before = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    let factory: any;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      factory = require(path.join(ROOT, "webpack.config.js"));
    });
    return await factory({}, { mode: "production" });
  } finally {
    if (before === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = before;
  }
}

function taskpaneOptions(config: any): any {
  return config.plugins.find((plugin: any) => plugin.userOptions?.filename === "taskpane.html").userOptions;
}

function copiesOfficeJs(config: any): boolean {
  const copy = config.plugins.find((plugin: any) => plugin.constructor.name === "CopyPlugin");
  return copy.patterns.some((pattern: any) => pattern.to === "office-js/");
}

describe("where the task pane loads Office.js from", () => {
  it("is Microsoft's CDN by default, with no local copy", async () => {
    const config = await configWith(undefined);
    expect(taskpaneOptions(config).templateParameters.officeJs).toEqual({ url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", scriptSource: " https://appsforoffice.microsoft.com" });
    expect(copiesOfficeJs(config)).toBe(false);
  });

  it("is a copy on the add-in's own host with OFFICE_JS=local, and the policy then names no other host", async () => {
    const config = await configWith("local");
    expect(taskpaneOptions(config).templateParameters.officeJs).toEqual({ url: "office-js/office.js", scriptSource: "" });
    expect(copiesOfficeJs(config)).toBe(true);
  });
});
