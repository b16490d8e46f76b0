import { createHash } from "node:crypto";
import * as nodeFs from "node:fs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const WORKBOOK = path.join(FIXTURES, "golden", "example-defects.xlsx");
const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

describe("guarantees", () => {
  it("the same input gives byte-identical JSON (there is no timestamp in it)", async () => {
    const dir = await tempDir();
    const [first, second] = [path.join(dir, "a.json"), path.join(dir, "b.json")];
    await cli("audit", WORKBOOK, "--json", first);
    await cli("audit", WORKBOOK, "--json", second);
    expect(await sha256(first)).toBe(await sha256(second));
    expect(await fs.readFile(first, "utf8")).not.toMatch(/"(generatedAt|timestamp|now)"/);
  });

  it("leaves the input file byte for byte as it was, whatever it writes", async () => {
    const dir = await tempDir();
    const input = path.join(dir, "in.xlsx");
    await fs.copyFile(WORKBOOK, input);
    const before = await sha256(input);
    await cli("audit", input, "--json", path.join(dir, "r.json"), "--out", path.join(dir, "r.xlsx"), "--html", path.join(dir, "r.html"));
    expect(await sha256(input)).toBe(before);
    expect((await cli("audit", input, "--html", input)).code).toBe(2);
    expect(await sha256(input)).toBe(before);
  });

  it("an interrupted write leaves no half-written report and no temporary file", async () => {
    const dir = await tempDir();
    const report = path.join(dir, "report.xlsx");
    const rename = jest.spyOn(nodeFs.promises, "rename").mockRejectedValueOnce(Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    const run = await cli("audit", WORKBOOK, "--out", report);
    rename.mockRestore();
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("writing into a folder that does not exist fails in one line and writes nothing", async () => {
    const dir = await tempDir();
    const run = await cli("audit", WORKBOOK, "--json", path.join(dir, "no", "such", "folder", "r.json"));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
