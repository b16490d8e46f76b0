import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const BAD = path.join(FIXTURES, "bad");

const EXPECTED: Record<string, RegExp> = {
  "not-a-zip.xlsx": /not an \.xlsx workbook/,
  "empty-file.xlsx": /empty/,
  "csv-renamed.xlsx": /CSV/,
  "old.xls": /old \.xls format/,
  "old-renamed.xlsx": /old \.xls format/,
  "password.xlsx": /password-protected/,
  "empty-workbook.xlsx": /no sheets/,
  "truncated.xlsx": /damaged or incomplete/,
};

describe("bad files: exit 2, one line, nothing written", () => {
  it("has a case for every bad fixture", () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s", async (name, message) => {
    const dir = await tempDir();
    const json = path.join(dir, "out.json");
    const report = path.join(dir, "out.xlsx");
    // With --out the workbook is loaded whole; without, it is streamed: both must refuse alike.
    for (const extra of [["--out", report], []]) {
      const run = await cli("audit", path.join(BAD, name), "--json", json, ...extra, "--lang", "en");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      expect(existsSync(json) || existsSync(report)).toBe(false);
    }
  });

  it("speaks Swedish by default", async () => {
    const run = await cli("audit", path.join(BAD, "password.xlsx"));
    expect(run.stderr).toMatch(/lösenordsskyddad/);
  });
});
