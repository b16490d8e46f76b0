/**
 * `npm run bench:readers`: the candidate .xlsx readers of issue 8, side by side.
 *
 * 1. Correctness on the OOXML corpus (test/fixtures/ooxml/): each candidate reads each file in its
 *    own child process (60 s and 4 GB heap at most); a file is `correct` when the sheets and cells
 *    equal LibreOffice's CSVs (the differential test's comparator), `wrong` when they differ,
 *    `refused` when the candidate throws; a hostile file is correct only when refused.
 * 2. Speed and peak memory on the bench's 100,000-job workbook (bench/run-bench.ts's generator),
 *    each read in its own child process, best of two, peak RSS from process.resourceUsage().
 *
 * Writes docs/READER.md. Times are for people, never asserted in tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs, readdirSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { RawCell, SheetGrid } from "../src/workbook/raw-cell";
import { exampleSheets } from "../src/workbook/example-workbook";
import { reproducibleXlsxBytes, workbookOf } from "../src/xlsx/xlsx-bytes";
import { CORPUS_DIR, corpusDifferences, HOSTILE_FILES } from "../test/helpers/ooxml-corpus";

const ROOT = path.join(__dirname, "..", "..");

/** The sheets, and whether the reader said it saw something it read differently (readXlsx's notices). */
type Reader = (bytes: Uint8Array, file: string) => Promise<SheetGrid[] | { sheets: SheetGrid[]; noticed: boolean }>;

/** 1900-system serial of a Date that ExcelJS made from a serial (it gives UTC midnight for a whole day). */
const serial = (date: Date): number => date.getTime() / 86_400_000 + 25_569;

function excelJsCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return (object.richText as { text: string }[]).map((run) => run.text).join("");
    if (typeof object.error === "string") return { error: object.error };
    if ("formula" in object || "sharedFormula" in object) return excelJsCell(object.result);
    if (typeof object.text === "string") return object.text;
    return null;
  }
  return value as RawCell;
}

const CANDIDATES: Record<string, { label: string; load: () => Reader }> = {
  sheetjs: {
    label: "SheetJS xlsx 0.18.5 `read(bytes, {dense: true, cellDates: false})`",
    load: () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const XLSX = require("xlsx") as typeof import("xlsx");
      return async (bytes) => {
        const book = XLSX.read(bytes, { type: "array", dense: true, cellDates: false });
        return book.SheetNames.map((name) => {
          const dense = book.Sheets[name] as unknown as ({ t: string; v?: unknown; w?: string } | undefined)[][];
          const rows = (Array.isArray(dense) ? dense : []).map((row) =>
            (row ?? []).map((cell): RawCell => {
              if (!cell || cell.v === undefined || cell.t === "z") return null;
              if (cell.t === "e") return { error: cell.w ?? String(cell.v) };
              if (cell.t === "d") return serial(cell.v as Date);
              return cell.v as RawCell;
            }),
          );
          return { name, rows };
        });
      };
    },
  },
  "exceljs-load": {
    label: "ExcelJS 4 `workbook.xlsx.load(bytes)` (whole file)",
    load: () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ExcelJS = require("exceljs") as typeof import("exceljs");
      return async (bytes) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        return book.worksheets.map((sheet) => {
          const rows: RawCell[][] = [];
          sheet.eachRow({ includeEmpty: false }, (row, number) => {
            const values = row.values as unknown[];
            rows[number - 1] = values.slice(1).map(excelJsCell);
          });
          return { name: sheet.name, rows };
        });
      };
    },
  },
  "exceljs-stream": {
    label: "ExcelJS 4 streaming `WorkbookReader` (worksheets emitted, shared strings cached)",
    load: () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ExcelJS = require("exceljs") as typeof import("exceljs");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Readable } = require("node:stream") as typeof import("node:stream");
      return async (bytes) => {
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
          sharedStrings: "cache",
          hyperlinks: "ignore",
          styles: "cache",
          worksheets: "emit",
          entries: "emit",
        });
        const sheets: SheetGrid[] = [];
        for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }> & { name?: string }>) {
          const rows: RawCell[][] = [];
          for await (const row of worksheet) rows[row.number - 1] = (row.values as unknown[]).slice(1).map(excelJsCell);
          sheets.push({ name: worksheet.name ?? "?", rows });
        }
        return sheets;
      };
    },
  },
  readxlsx: {
    label: "the project's `readXlsx` (SAX with saxes over fflate streaming inflation)",
    load: () => {
      const modulePath = path.join(__dirname, "..", "src", "xlsx", "read-xlsx.js");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readXlsx } = require(modulePath) as { readXlsx: (bytes: Uint8Array, file: string) => Promise<{ sheets: SheetGrid[]; notices: readonly unknown[] }> };
      return async (bytes, file) => {
        const read = await readXlsx(bytes, file);
        return { sheets: read.sheets, noticed: read.notices.length > 0 };
      };
    },
  },
};

/** Child mode: read one file with one candidate, write the sheets (or the error) to a JSON file. */
async function child(candidate: string, file: string, out: string, summaryOnly: boolean): Promise<void> {
  const bytes = new Uint8Array(await fs.readFile(file));
  // The library is loaded before the clock starts: the time is the read alone.
  const reader = CANDIDATES[candidate]!.load();
  const started = performance.now();
  let result: unknown;
  try {
    const read = await reader(bytes, path.basename(file));
    const sheets = Array.isArray(read) ? read : read.sheets;
    let cells = 0;
    for (const sheet of sheets) for (const row of sheet.rows) if (row) for (const cell of row) if (cell !== null && cell !== undefined) cells++;
    result = { ok: true, cells, noticed: !Array.isArray(read) && read.noticed, sheets: summaryOnly ? undefined : sheets };
  } catch (error) {
    result = { ok: false, error: String((error as Error)?.message ?? error).split("\n")[0]!.slice(0, 200) };
  }
  const seconds = (performance.now() - started) / 1000;
  await fs.writeFile(out, JSON.stringify({ ...(result as object), seconds, maxRssKb: process.resourceUsage().maxRSS }));
}

interface Outcome {
  readonly status: "correct" | "wrong" | "refused" | "crashed" | "timeout";
  readonly detail: string;
  readonly seconds: number;
  readonly peakMb?: number;
  readonly cells?: number;
}

function runChild(candidate: string, file: string, summaryOnly: boolean, timeoutMs: number): { outcome: Omit<Outcome, "status" | "detail">; result?: { ok: boolean; error?: string; sheets?: SheetGrid[]; cells?: number; noticed?: boolean }; failure?: "crashed" | "timeout"; stderr: string } {
  const out = path.join(os.tmpdir(), `reader-candidate-${process.pid}-${candidate}.json`);
  if (existsSync(out)) rmSync(out);
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--max-old-space-size=4096", __filename, "--child", candidate, file, out, summaryOnly ? "summary" : "full"], {
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - started) / 1000;
  if (!existsSync(out)) {
    const failure = run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? "timeout" : "crashed";
    return { outcome: { seconds: wall }, failure, stderr: (run.stderr ?? "").trim().split("\n").slice(-1)[0] ?? "" };
  }
  const parsed = JSON.parse(readFileSync(out, "utf8")) as { ok: boolean; error?: string; sheets?: SheetGrid[]; cells?: number; noticed?: boolean; seconds: number; maxRssKb: number };
  rmSync(out);
  return { outcome: { seconds: parsed.seconds, peakMb: Math.round(parsed.maxRssKb / 1024), cells: parsed.cells }, result: parsed, stderr: "" };
}

/** Checks LibreOffice cannot make: what the reader must do where it is meant to differ (see MEANT_TO_DIFFER). */
function extraChecks(stem: string, sheets: readonly SheetGrid[], noticed: boolean): string[] {
  const problems: string[] = [];
  if (stem === "repeated-rows") {
    // Row 7 is given twice (A000006, then A000099): the earlier job may not vanish without a word.
    const ids = (sheets.find((s) => s.name === "Anställningar")?.rows ?? []).map((row) => row?.[0]);
    if (!ids.includes("A000006") && !noticed) problems.push("repeated row 7: A000006 lost without a word");
  }
  if (stem === "cell-types") {
    const rows = sheets.find((s) => s.name === "Formler utan värde")?.rows ?? [];
    for (const r of [1, 2, 3]) if ((rows[r]?.[1] ?? null) !== null) problems.push(`Formler utan värde!B${r + 1}: a formula without cached value read as ${JSON.stringify(rows[r]?.[1])}`);
  }
  return problems;
}

function judge(stem: string, candidate: string): Outcome {
  const file = path.join(CORPUS_DIR, `${stem}.xlsx`);
  const { outcome, result, failure, stderr } = runChild(candidate, file, false, 60_000);
  if (failure) return { ...outcome, status: failure, detail: failure === "timeout" ? "killed after 60 s" : stderr.slice(0, 120) };
  const hostile = HOSTILE_FILES.has(stem);
  // Running out of what V8 can hold is a crash, not a refusal, even when it surfaces as an exception.
  if (!result!.ok && /Invalid string length|Invalid array length|allocation failed|out of memory/i.test(result!.error ?? "")) return { ...outcome, status: "crashed", detail: result!.error ?? "" };
  if (!result!.ok) return { ...outcome, status: hostile ? "correct" : "refused", detail: result!.error ?? "" };
  if (hostile) return { ...outcome, status: "wrong", detail: "read without complaint" };
  const differences = [...corpusDifferences(stem, result!.sheets!), ...extraChecks(stem, result!.sheets!, result!.noticed ?? false)];
  return differences.length === 0 ? { ...outcome, status: "correct", detail: "" } : { ...outcome, status: "wrong", detail: `${differences.length} differences, first: ${differences[0]}` };
}

async function main(): Promise<void> {
  const readerBuilt = existsSync(path.join(__dirname, "..", "src", "xlsx", "read-xlsx.js"));
  const candidates = Object.keys(CANDIDATES).filter((name) => name !== "inflate-only" && (name !== "readxlsx" || readerBuilt));
  const stems = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => name.slice(0, -5))
    .sort();
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const corpus = only.length > 0 ? stems.filter((stem) => only.includes(stem)) : stems;

  const table: Record<string, Record<string, Outcome>> = {};
  for (const stem of corpus) {
    table[stem] = {};
    for (const candidate of candidates) {
      const outcome = judge(stem, candidate);
      table[stem]![candidate] = outcome;
      console.log(`${stem.padEnd(32)} ${candidate.padEnd(15)} ${outcome.status.padEnd(8)} ${outcome.seconds.toFixed(2)} s ${outcome.peakMb ?? "?"} MB ${outcome.detail}`);
    }
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "reader-candidates-"));
  const big = path.join(dir, "100k.xlsx");
  await fs.writeFile(big, await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 100_000, seed: 1 }), { validations: false })));
  const bigBytes = (await fs.stat(big)).size;
  const speed: Record<string, Outcome> = {};
  for (const candidate of [...candidates, "inflate-only"]) {
    let best: Outcome | undefined;
    for (let run = 0; run < 2; run++) {
      const { outcome, result, failure, stderr } = runChild(candidate, big, true, 300_000);
      const measured: Outcome = failure ? { ...outcome, status: failure, detail: stderr } : result!.ok ? { ...outcome, status: "correct", detail: "" } : { ...outcome, status: "refused", detail: result!.error ?? "" };
      if (!best || measured.seconds < best.seconds) best = measured;
    }
    speed[candidate] = best!;
    console.log(`100k ${candidate.padEnd(15)} ${best!.seconds.toFixed(2)} s, peak ${best!.peakMb} MB, ${best!.cells} cells ${best!.detail}`);
  }
  await fs.rm(dir, { recursive: true, force: true });
  await writeReport(candidates, table, speed, bigBytes, only.length > 0);
}

/** The floor: inflating every part of the file with fflate and decoding it as UTF-8, no parsing. */
CANDIDATES["inflate-only"] = {
  label: "floor: fflate `unzipSync` + UTF-8 decoding of every part, no XML parsing",
  load: () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
    return async (bytes) => {
      let characters = 0;
      for (const data of Object.values(unzipSync(bytes))) characters += strFromU8(data).length;
      return [{ name: "inflated", rows: [[characters]] }];
    };
  },
};

const NOTES_MARKER = "<!-- Notes below this line are written by hand and kept by npm run bench:readers. -->";

async function writeReport(candidates: readonly string[], table: Record<string, Record<string, Outcome>>, speed: Record<string, Outcome>, bigBytes: number, partial: boolean): Promise<void> {
  const cell = (outcome: Outcome) => {
    const figures = `${outcome.seconds.toFixed(2)} s${outcome.peakMb !== undefined ? `, ${outcome.peakMb} MB` : ""}`;
    const mark = { correct: "✅ correct", wrong: "❌ wrong", refused: "⛔ refused", crashed: "💥 crashed", timeout: "⏱ timeout" }[outcome.status];
    return `${mark} (${figures})`;
  };
  const lines: string[] = [];
  lines.push("# Reading .xlsx: candidate readers compared (issue 8)", "");
  lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, with`, "");
  lines.push("```sh", `npm run bench:readers${partial ? " -- " + Object.keys(table).join(" ") : ""}`, "```", "");
  lines.push("Each read runs in its own child process (`--max-old-space-size=4096`, killed after 60 s); the time is the");
  lines.push("read alone inside the child, the memory the child's peak resident set (`process.resourceUsage().maxRSS`).");
  lines.push("Other work ran on the same machine at the time, so times are indicative; compare within a row.", "");
  lines.push("Candidates:", "");
  for (const candidate of candidates) lines.push(`- **${candidate}**: ${CANDIDATES[candidate]!.label}`);
  lines.push("");
  lines.push("## Correctness on the OOXML corpus", "");
  lines.push("`correct`: the sheets (names, order) and every cell equal LibreOffice's CSVs of the file (the comparator of");
  lines.push("`test/helpers/libreoffice-comparator.ts`, plus the checks LibreOffice cannot make: a repeated row's");
  lines.push("earlier job is kept or reported, a formula without a cached value is empty); for a hostile file (entity expansion, XXE, the");
  lines.push("inflation bomb), refusing it. `wrong`: a difference (the first is given below), or a hostile file read");
  lines.push("without complaint. `refused`: the candidate threw on a file that is valid.", "");
  lines.push(`| file | ${candidates.join(" | ")} |`, `|---|${candidates.map(() => "---").join("|")}|`);
  for (const [stem, outcomes] of Object.entries(table)) lines.push(`| ${stem} | ${candidates.map((candidate) => cell(outcomes[candidate]!)).join(" | ")} |`);
  lines.push("", `| total correct | ${candidates.map((candidate) => `${Object.values(table).filter((outcomes) => outcomes[candidate]!.status === "correct").length} / ${Object.keys(table).length}`).join(" | ")} |`, "");
  lines.push("What went wrong, per candidate and file:", "");
  for (const [stem, outcomes] of Object.entries(table)) {
    for (const candidate of candidates) {
      const outcome = outcomes[candidate]!;
      if (outcome.status !== "correct" && outcome.detail) lines.push(`- ${candidate}, ${stem}: ${outcome.status}: ${outcome.detail.replace(/\|/g, "\\|")}`);
    }
  }
  lines.push("", "## Speed and memory on the 100,000-job workbook", "");
  lines.push(`The bench's workbook (\`exampleSheets({ hires: 100_000, seed: 1 })\`, ${(bigBytes / 1e6).toFixed(1)} MB), read into grids, best of two runs:`, "");
  lines.push("| candidate | seconds | peak MB | non-empty cells |", "|---|---|---|---|");
  for (const [candidate, outcome] of Object.entries(speed)) lines.push(`| ${candidate} | ${outcome.status === "correct" ? outcome.seconds.toFixed(2) : outcome.status} | ${outcome.peakMb ?? "?"} | ${outcome.cells ?? ""} |`);
  lines.push("");
  // Notes written by hand below the marker survive a rerun.
  const target = path.join(ROOT, "docs", "READER.md");
  const previous = existsSync(target) ? readFileSync(target, "utf8") : "";
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, `${lines.join("\n")}\n${notes}`);
  console.log("\nWritten: docs/READER.md");
}

if (process.argv[2] === "--child") {
  child(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6] === "summary").catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
