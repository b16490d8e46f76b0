import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/run";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest.js");
const ROOT = path.join(__dirname, "..", "..");

describe("manifest.xml", () => {
  it("is valid against the offline Office add-in manifest schemas", async () => {
    const result = await validateManifest(path.join(ROOT, "manifest.xml"));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("fails the same check when it asks for more than it may", async () => {
    const broken = path.join(await tempDir(), "manifest.xml");
    const source = await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8");
    await fs.writeFile(broken, source.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"));
    expect((await validateManifest(broken)).valid).toBe(false);
  });

  it("reads back with office-addin-manifest: JOBB functions, least permission, Swedish overrides", async () => {
    // office-addin-manifest loads an ESM-only dependency that jest cannot; Node itself can.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(path.join(ROOT, "manifest.xml"))}).then((info) => console.log(JSON.stringify(info)))`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({ hosts: ["Workbook"], permissions: "ReadWriteDocument", defaultLocale: "en-US" });
    const xml = await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="JOBB" \/>/);
    expect(xml).toMatch(/<Override Locale="sv-SE" Value="Resultatrevision" \/>/);
    expect(xml).toMatch(/<bt:Override Locale="sv-SE" Value="https:\/\/localhost:3000\/functions-sv-SE.json" \/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long" \/>/);
    for (const size of [16, 32, 64, 80]) await expect(fs.stat(path.join(ROOT, "assets", `icon-${size}.png`))).resolves.toBeTruthy();
  });
});
