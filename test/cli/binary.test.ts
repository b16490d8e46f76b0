import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import * as os from "node:os";
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

  it("ends quietly when its reader closes the pipe early (issue 10: no EPIPE trace)", () => {
    // The JSON is far larger than a pipe's buffer, so the CLI is still writing when head exits.
    const dir = mkdtempSync(path.join(os.tmpdir(), "resultatrevision-"));
    const script = `"${process.execPath}" "${BIN}" audit "${path.join(FIXTURES, "golden", "example-defects.xlsx")}" --json 2>"${dir}/err.txt" | head -c 1; echo " $\{PIPESTATUS[0]}"`;
    const piped = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(piped.stdout).toBe("{ 1\n");
    expect(readFileSync(path.join(dir, "err.txt"), "utf8")).toBe("");
  });
});
