import { promises as fs } from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest.js");
const HOST = "https://intranet.kommun.test/resultatrevision/";

// test/global-setup.js runs `webpack --mode production` once, with ADDIN_PRODUCTION_URL = HOST.
describe("npm run build", () => {
  const dist = process.env.RESULTATREVISION_DIST!;

  it("writes the task pane, the functions, both metadata files, the help page and the icons; Office.js from the CDN", async () => {
    const files = await fs.readdir(dist);
    for (const file of ["taskpane.html", "taskpane.js", "taskpane.css", "functions.js", "functions.json", "functions-sv-SE.json", "manifest.xml", "help.html", "auditor.html", "auditor.js", "auditor-engine.js"]) expect(files).toContain(file);
    for (const size of [16, 32, 64, 80]) expect(await fs.readdir(path.join(dist, "assets"))).toContain(`icon-${size}.png`);
    // By default no local copy: Office.js comes from Microsoft's CDN, the one other host allowed.
    expect(files).not.toContain("office-js");
    const html = await fs.readFile(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    expect(/Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1]).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    // The help page's examples were filled in from the template's table names.
    const help = await fs.readFile(path.join(dist, "help.html"), "utf8");
    expect(help).toContain("=JOBB.UTBETALNING(Anställningar[#Alla];Företag[#Alla];Avtal[#Alla];1)");
    expect(help).not.toContain("<%");
  });

  it("adds allowErrorForDataTypeAny to the generated functions.json, in both languages", async () => {
    for (const file of ["functions.json", "functions-sv-SE.json"]) {
      const metadata = JSON.parse(await fs.readFile(path.join(dist, file), "utf8"));
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      const tables = metadata.functions.flatMap((fn: any) => fn.parameters.filter((parameter: any) => parameter.dimensionality === "matrix"));
      expect(tables.length).toBe(23);
      for (const parameter of tables) expect(parameter.type).toBe("any");
    }
  });

  it("points the manifest at the production host, and it stays valid", async () => {
    const manifest = await fs.readFile(path.join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toMatch(new RegExp(`${HOST}functions-sv-SE.json`));
    expect((await validateManifest(path.join(dist, "manifest.xml"))).valid).toBe(true);
  });

  it("generates both metadata files with every function, Swedish names in sv-SE", async () => {
    const english = JSON.parse(await fs.readFile(path.join(dist, "functions.json"), "utf8"));
    const swedish = JSON.parse(await fs.readFile(path.join(dist, "functions-sv-SE.json"), "utf8"));
    expect(english.functions).toHaveLength(11);
    expect(swedish.functions.map((fn: { id: string }) => fn.id)).toEqual(english.functions.map((fn: { id: string }) => fn.id));
    expect(swedish.functions.map((fn: { name: string }) => fn.name)).toContain("UTBETALNING");
    expect(english.functions.map((fn: { name: string }) => fn.name)).toContain("PAYOUT");
  });

  it("bundles no ExcelJS, no Node built-ins and no network calls of our own; reports sizes", async () => {
    for (const file of ["taskpane.js", "functions.js", "auditor.js", "auditor-engine.js"]) {
      const code = await fs.readFile(path.join(dist, file), "utf8");
      if (file !== "auditor-engine.js") expect(code).not.toMatch(/exceljs|JSZip|require\("(fs|path|stream|node:)/);
      expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
      if (file === "functions.js") expect(code).toMatch(/CustomFunctions\.associate\("PAYOUT"/);
      console.log(`${file}: ${(code.length / 1024).toFixed(0)} KiB minified`);
    }
  });
});

describe("the browser auditor's chunks", () => {
  const dist = process.env.RESULTATREVISION_DIST!;

  it("bundles no ExcelJS anywhere, and keeps the reader out of the page itself: it arrives with the engine chunk", async () => {
    const files = (await fs.readdir(dist)).filter((file) => file.endsWith(".js"));
    const withExcelJs = [];
    const withReader = [];
    for (const file of files) {
      const code = await fs.readFile(path.join(dist, file), "utf8");
      if (/\bexceljs\b|JSZip/.test(code)) withExcelJs.push(file);
      if (/a DOCTYPE is not allowed in a workbook part/.test(code)) withReader.push(file);
    }
    expect(withExcelJs).toEqual([]);
    expect(withReader.length).toBeGreaterThan(0);
    expect(withReader).not.toContain("auditor.js");
    expect(withReader).not.toContain("functions.js");
    const page = await fs.readFile(path.join(dist, "auditor.html"), "utf8");
    expect(page).toMatch(/connect-src 'none'/);
    expect(page).not.toMatch(/auditor-engine/);
  });
});

describe("every page", () => {
  it("sets a Content-Security-Policy that allows no other host (the task pane: Microsoft's Office.js CDN only)", async () => {
    const dist = process.env.RESULTATREVISION_DIST!;
    const pages = (await fs.readdir(dist)).filter((file) => file.endsWith(".html"));
    expect(pages.sort()).toEqual(["auditor.html", "help.html", "taskpane.html"]);
    for (const page of pages) {
      const html = await fs.readFile(path.join(dist, page), "utf8");
      const policy = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(policy).toMatch(/default-src 'self'/);
      const hosts = policy!.match(/https?:[^\s;]*|\*/g) ?? [];
      expect([page, hosts]).toEqual([page, page === "taskpane.html" ? ["https://appsforoffice.microsoft.com"] : []]);
    }
  });
});
