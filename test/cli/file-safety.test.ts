import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { removePendingFiles, stageFile } from "../../src/xlsx/write-file-atomically";
import { cli, FIXTURES, tempDir } from "../helpers/run";

const HAND = path.join(FIXTURES, "golden", "hand-checked.xlsx");
const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");
const oneLine = (text: string) => expect(text.trim().split("\n")).toHaveLength(1);

/** A copy of the hand-checked workbook in a fresh folder. */
async function inputCopy(): Promise<{ dir: string; input: string }> {
  const dir = await tempDir();
  const input = path.join(dir, "in.xlsx");
  await fs.copyFile(HAND, input);
  return { dir, input };
}

describe("nothing lost (issue 10)", () => {
  it.each(["template", "example"])("%s refuses an existing file (exit 2, one line) unless --force", async (command) => {
    const { dir, input } = await inputCopy();
    const before = await sha256(input);
    const extra = command === "example" ? ["--hires", "10"] : [];
    const refused = await cli(command, input, ...extra);
    expect(refused.code).toBe(2);
    oneLine(refused.stderr);
    expect(refused.stderr).toMatch(/in\.xlsx finns redan; .*--force/);
    expect((await cli(command, input, ...extra, "--lang", "en")).stderr).toMatch(/already exists; .*--force/);
    expect(await sha256(input)).toBe(before);
    expect(await fs.readdir(dir)).toEqual(["in.xlsx"]);

    const forced = await cli(command, input, ...extra, "--force");
    expect(forced.code).toBe(0);
    expect(await sha256(input)).not.toBe(before);
    expect(await fs.readdir(dir)).toEqual(["in.xlsx"]);
  });

  it("refuses a dangling link at the name too: template never writes through it", async () => {
    const dir = await tempDir();
    await fs.symlink(path.join(dir, "elsewhere.xlsx"), path.join(dir, "mall.xlsx"));
    expect((await cli("template", path.join(dir, "mall.xlsx"))).code).toBe(2);
    expect(existsSync(path.join(dir, "elsewhere.xlsx"))).toBe(false);
  });

  it("--json into a missing folder with --out ok.xlsx writes nothing at all", async () => {
    const { dir, input } = await inputCopy();
    const run = await cli("audit", input, "--json", path.join(dir, "nodir", "x.json"), "--out", path.join(dir, "ok.xlsx"));
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(await fs.readdir(dir)).toEqual(["in.xlsx"]);
  });

  it("--out into a folder that does not exist says so in one clean line", async () => {
    const { input } = await inputCopy();
    for (const [lang, message] of [["sv", /r\.xlsx: mappen \/nonexistent\/dir finns inte/], ["en", /r\.xlsx: the folder \/nonexistent\/dir does not exist/]] as const) {
      const run = await cli("audit", input, "--out", "/nonexistent/dir/r.xlsx", "--lang", lang);
      expect(run.code).toBe(2);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/oväntat|unexpected|ENOENT/);
    }
  });

  it("an output that is a folder, or a file used as a folder, is refused before anything is written", async () => {
    const { dir, input } = await inputCopy();
    await fs.mkdir(path.join(dir, "sub"));
    expect((await cli("audit", input, "--json", path.join(dir, "sub"), "--out", path.join(dir, "r.xlsx"))).stderr).toMatch(/är en mapp/);
    expect((await cli("audit", input, "--json", path.join(dir, "in.xlsx", "r.json"))).stderr).toMatch(/är ingen mapp/);
    expect((await fs.readdir(dir)).sort()).toEqual(["in.xlsx", "sub"]);
  });

  it("refuses an output that is the input through a symbolic link or a hard link, and two outputs that are one file", async () => {
    const { dir, input } = await inputCopy();
    const before = await sha256(input);
    await fs.symlink(input, path.join(dir, "soft.html"));
    await fs.link(input, path.join(dir, "hard.json"));
    await fs.mkdir(path.join(dir, "via"));
    await fs.symlink(dir, path.join(dir, "via", "up"));
    for (const target of ["soft.html", "hard.json", path.join("via", "up", "in.xlsx")]) {
      const run = await cli("audit", input, "--html", path.join(dir, target));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/skriver inte över indatafilen/);
    }
    const twice = await cli("audit", input, "--json", path.join(dir, "r.json"), "--html", path.join(dir, "via", "up", "r.json"));
    expect(twice.stderr).toMatch(/två utdata/);
    expect(await sha256(input)).toBe(before);
  });

  it("a link planted at a temporary name cannot redirect a write: names are random and created exclusively", async () => {
    const { dir, input } = await inputCopy();
    const before = await sha256(input);
    // The old, predictable name, and the name the next random draw will give.
    await fs.symlink(input, path.join(dir, `.rep.html.${process.pid}.tmp`));
    const fixed = Buffer.alloc(12, 0xab);
    await fs.symlink(input, path.join(dir, `.rep.html.${fixed.toString("hex")}.tmp`));
    const draw = jest.spyOn(jest.requireActual("node:crypto") as typeof import("node:crypto"), "randomBytes").mockImplementationOnce(() => fixed);
    const run = await cli("audit", input, "--html", path.join(dir, "rep.html"));
    expect(draw).toHaveBeenCalled();
    draw.mockRestore();
    expect(run.code).toBe(0);
    expect(await sha256(input)).toBe(before);
    expect((await fs.readFile(path.join(dir, "rep.html"), "utf8")).startsWith("<!doctype html>")).toBe(true);
    // Only the planted links stay beside the report: no temporary file of the run.
    expect((await fs.readdir(dir)).filter((name) => name.endsWith(".tmp")).sort()).toEqual([`.rep.html.${fixed.toString("hex")}.tmp`, `.rep.html.${process.pid}.tmp`].sort());
  });

  it("a write that fails half-way says so in one line and leaves no temporary file", async () => {
    const { dir, input } = await inputCopy();
    const realRename = fs.rename.bind(fs);
    const rename = jest.spyOn(fs, "rename");
    // The first output goes in place; the second fails.
    rename.mockImplementationOnce(realRename).mockRejectedValueOnce(Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    const run = await cli("audit", input, "--json", path.join(dir, "r.json"), "--html", path.join(dir, "r.html"));
    rename.mockRestore();
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/r\.html: kunde inte skrivas \(ENOSPC\)/);
    expect((await fs.readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a temporary file still waiting is removed on every exit path, a signal included", async () => {
    const dir = await tempDir();
    const staged = await stageFile(path.join(dir, "r.json"), "{}");
    expect((await fs.readdir(dir)).filter((name) => name.endsWith(".tmp"))).toHaveLength(1);
    // What main.ts runs on exit and on SIGINT, SIGTERM and SIGHUP.
    removePendingFiles();
    expect(await fs.readdir(dir)).toEqual([]);
    await staged.discard();
  });

  it("the input must be a regular file: a FIFO is refused at once, never waited on", async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, "pipe.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = await cli("audit", fifo, "--lang", "en");
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/pipe\.xlsx: is not a regular file/);
    const folder = await cli("audit", dir);
    expect(folder.stderr).toMatch(/är ingen vanlig fil/);
  }, 10_000);

  it("an .ods input gets a save-as-.xlsx hint", async () => {
    const dir = await tempDir();
    const ods = path.join(dir, "lista.ods");
    await fs.writeFile(ods, zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>"), "META-INF/manifest.xml": strToU8("<manifest/>") }));
    const sv = await cli("audit", ods);
    expect(sv.code).toBe(2);
    oneLine(sv.stderr);
    expect(sv.stderr).toMatch(/OpenDocument-kalkylark \(\.ods\); öppna det och spara som \.xlsx/);
    expect((await cli("audit", ods, "--lang", "en")).stderr).toMatch(/OpenDocument spreadsheet \(\.ods\); open it and save it as \.xlsx/);
  });
});
