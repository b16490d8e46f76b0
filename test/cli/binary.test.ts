import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { FIXTURES } from "../helpers/run";

// `npm test` builds the CLI first; this runs it as a user does, as its own process.
const BIN = path.join(__dirname, "..", "..", "build", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("the built resultatrevision binary", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("build/cli/main.js is missing: run `npm run build:cli` (npm test does)");
  });

  it("exits 0, 1 and 2 as spec section 9 says", () => {
    expect(run("audit", path.join(FIXTURES, "golden", "hand-checked.xlsx")).status).toBe(0);
    expect(run("audit", path.join(FIXTURES, "golden", "example-defects.xlsx")).status).toBe(1);
    const broken = run("audit", path.join(FIXTURES, "bad", "truncated.xlsx"));
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
  });
});
