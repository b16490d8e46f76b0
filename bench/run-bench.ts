/**
 * `npm run bench`: the engine and the CLI against baselines measured in the same run, printed as
 * a table and written to bench/results.json. Not part of `npm test`: times are for people, never
 * asserted. Sizes: 1,000, 10,000 and 100,000 job rows, and 1,000,000 as an in-memory grid.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { audit } from "../src/domain/audit";
import { dataSheetGrid } from "../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../src/workbook/example-workbook";
import type { SheetGrid } from "../src/workbook/raw-cell";
import { readWorkbook } from "../src/workbook/read-workbook";
import { reproducibleXlsxBytes, workbookOf } from "../src/xlsx/xlsx-bytes";
import { readSheetGrids } from "../src/excel/read-sheet-grids";
import { auditOpenWorkbook, writePayoutAndSummary } from "../src/excel/workbook-actions";
import { FakeExcel } from "../test/helpers/fake-excel";
import { functionBench, functionBenchLine } from "./function-bench";
import { writeGridsXlsxFile } from "./grids-xlsx-file";
import { compareBench } from "./compare-bench";
import { bestOf } from "./best-of";

const ROOT = path.join(__dirname, "..", "..");

function grids(hires: number): SheetGrid[] {
  return exampleSheets({ hires, seed: 1 }).map(dataSheetGrid);
}

/** The baseline: a bare loop that reads every cell of the grid once. */
function bareLoop(sheets: readonly SheetGrid[]): number {
  let seen = 0;
  for (const sheet of sheets) for (const row of sheet.rows) if (row) for (const cell of row) if (cell !== null && cell !== undefined) seen++;
  return seen;
}


/** Runs a command as its own process and reads its wall time, peak memory and exit code from GNU time. */
function measure(command: string[]): { seconds: number; peakMb: number; code: number } {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M %x", ...command], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const [seconds, kb, code] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024), code: code! };
}

/** Every file of the reader's corpus through the CLI: the hostile ones must end fast and small, with exit 0, 1 or 2. */
async function hostileCorpus(main: string, dir: string): Promise<{ file: string; seconds: number; peakMb: number; code: number }[]> {
  const corpus = path.join(ROOT, "test", "fixtures", "ooxml");
  const files = (await fs.readdir(corpus).catch(() => [] as string[])).filter((name) => name.endsWith(".xlsx"));
  return files.map((name) => ({ file: name, ...measure([process.execPath, main, "audit", path.join(corpus, name), "--json", path.join(dir, "corpus.json")]) }));
}

/**
 * LibreOffice (when installed) computing the summary's KPIs with COUNTIFS over the same rows: a
 * spreadsheet program's own answer to "how long does this take", beside the CLI's.
 */
function libreOfficeKpis(file: string, dir: string): { seconds: number; peakMb: number } | undefined {
  if (spawnSync("which", ["soffice"]).status !== 0) return undefined;
  // The formulas go into a copy of the workbook without cached values, so LibreOffice must compute
  // them to write the KPI sheet (sheet 8 of the copy) as CSV.
  const withKpis = path.join(dir, "kpis.xlsx");
  const add = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(file)});const s=w.addWorksheet("KPI");` +
    `const y=[2018,2019,2020,2021,2022];y.forEach((year,i)=>{const r=i+1;s.getCell(r,1).value=year;` +
    `s.getCell(r,2).value={formula:'COUNTIFS(Anställningar!D:D,">="&DATE(A'+r+',1,1),Anställningar!D:D,"<="&DATE(A'+r+',12,31),Anställningar!F:F,">=0.5")'};` +
    `s.getCell(r,3).value={formula:'COUNTIFS(Anställningar!D:D,">="&DATE(A'+r+',1,1),Anställningar!D:D,"<="&DATE(A'+r+',12,31),Anställningar!H:H,"Botkyrka")'};` +
    `s.getCell(r,4).value={formula:'COUNTIFS(Anställningar!D:D,">="&DATE(A'+r+',1,1),Anställningar!D:D,"<="&DATE(A'+r+',12,31),Anställningar!G:G,"K")'};});` +
    `await w.xlsx.writeFile(${JSON.stringify(withKpis)});})()`;
  spawnSync(process.execPath, ["-e", add], { cwd: ROOT });
  const profile = path.join(dir, "lo-profile");
  const run = measure(["soffice", `-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,8", "--outdir", dir, withKpis]);
  return run.code === 0 ? run : undefined;
}

async function engineAndAdapter(results: Record<string, unknown>[]): Promise<void> {
  console.log("Engine (read + audit + figures) against a bare loop over the same cells, best of 3:");
  for (const hires of [1000, 10_000, 100_000, 1_000_000]) {
    const sheets = grids(hires);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const baseline = bestOf(3, () => bareLoop(sheets));
    const engine = bestOf(hires >= 1_000_000 ? 1 : 3, () => audit(readWorkbook(sheets), { preset: "botkyrka", today: EXAMPLE_REPORT_DATE }));
    const heapMb = Math.round((process.memoryUsage().heapUsed - before) / 1e6);
    const row = { hires, engineMs: Math.round(engine), baselineMs: +baseline.toFixed(1), ratio: +(engine / baseline).toFixed(1), rowsPerSecond: Math.round(hires / (engine / 1000)), heapMb };
    results.push(row);
    console.log(`  ${String(hires).padStart(9)} rows: engine ${row.engineMs} ms, bare loop ${row.baselineMs} ms, ratio ${row.ratio}, ${row.rowsPerSecond} rows/s, heap +${heapMb} MB`);
  }

  results.push(...compareBench());

  console.log("\nOffice.js adapter through office-addin-mock (a fake workbook that measures each sync's request):");
  for (const hires of [10_000, 100_000]) {
    const excel = new FakeExcel(grids(hires));
    await readSheetGrids(excel.context);
    const readSyncs = excel.syncs;
    const readLargest = Math.max(excel.largestRequestBytes, excel.largestResponseBytes);
    const result = await auditOpenWorkbook(excel.context, { preset: "botkyrka", today: EXAMPLE_REPORT_DATE, language: "sv" });
    await writePayoutAndSummary(excel.context, result, "sv");
    const row = { adapterHires: hires, readSyncs, readLargestRequestMb: +(readLargest / 1e6).toFixed(2), allSyncs: excel.syncs, largestRequestMb: +(excel.largestRequestBytes / 1e6).toFixed(2), findings: result.findings.length };
    results.push(row);
    console.log(`  ${String(hires).padStart(9)} rows: read alone ${readSyncs} syncs (largest ${row.readLargestRequestMb} MB); then Granska + payout sheets, ${row.allSyncs} syncs in all (largest ${row.largestRequestMb} MB; ${row.findings} findings)`);
  }
}

/** `npm run bench -- cli` runs only the end-to-end part (the reader's figures); no argument runs everything. */
const ONLY = process.argv[2];

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  if (ONLY !== "cli") {
    await engineAndAdapter(results);
    console.log("\nCustom functions over whole tables (first calculation, then a sheet of formulas sharing the cache):");
    const functionRow = functionBench(10_000);
    results.push({ ...functionRow });
    console.log(functionBenchLine(functionRow));
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "resultatrevision-bench-"));
  const main = path.join(ROOT, "build-tools", "src", "cli", "main.js");
  const file = path.join(dir, "100k.xlsx");
  await fs.writeFile(file, await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 100_000, seed: 1 }), { validations: false })));
  const readScript = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(file)});})()`;
  // Each measured twice, taking turns, the faster run kept: a shared machine's noise hits all three.
  const runs = [0, 1].map(() => ({
    bare: measure([process.execPath, "-e", readScript]),
    cli: measure([process.execPath, main, "audit", file, "--json", path.join(dir, "out.json")]),
    report: measure([process.execPath, main, "audit", file, "--out", path.join(dir, "out.xlsx")]),
  }));
  const fastest = (pick: (run: (typeof runs)[number]) => ReturnType<typeof measure>) => runs.map(pick).reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const bare = fastest((run) => run.bare);
  const cli = fastest((run) => run.cli);
  const report = fastest((run) => run.report);
  const cliRow = {
    file: "100,000 job rows",
    cliSeconds: cli.seconds,
    cliPeakMb: cli.peakMb,
    bareReadSeconds: bare.seconds,
    bareReadPeakMb: bare.peakMb,
    ratio: +(cli.seconds / bare.seconds).toFixed(2),
    reportSeconds: report.seconds,
    reportPeakMb: report.peakMb,
    reportRatio: +(report.seconds / cli.seconds).toFixed(2),
  };
  results.push(cliRow);
  console.log("\nCLI end to end against ExcelJS's bare read of the same file (issue 8 goals in brackets):");
  console.log(`  audit --json: ${cli.seconds} s, peak ${cli.peakMb} MB [< 300 MB]; bare ExcelJS read: ${bare.seconds} s, peak ${bare.peakMb} MB; ratio ${cliRow.ratio} [<= 0.25]`);
  console.log(`  audit --out (report workbook): ${report.seconds} s, peak ${report.peakMb} MB [< 1 GB]; ${cliRow.reportRatio} x audit --json [<= 2]`);
  const kpis = libreOfficeKpis(file, dir);
  if (kpis) {
    results.push({ libreOfficeKpisSeconds: kpis.seconds, libreOfficeKpisPeakMb: kpis.peakMb });
    console.log(`  LibreOffice recalculating the same KPIs (COUNTIFS over the same rows): ${kpis.seconds} s, peak ${kpis.peakMb} MB`);
  }
  await fs.rm(file);

  // Excel's own maximum: 1,048,576 rows, the header and 1,048,575 jobs.
  const million = path.join(dir, "1m.xlsx");
  await writeGridsXlsxFile(million, grids(1_048_575));
  const millionRun = measure([process.execPath, "--max-old-space-size=4096", main, "audit", million, "--json", path.join(dir, "out.json")]);
  const millionMb = Math.round((await fs.stat(million)).size / 1e6);
  results.push({ file: "1,048,576 rows", megabytes: millionMb, cliSeconds: millionRun.seconds, cliPeakMb: millionRun.peakMb });
  console.log(`  1,048,576 rows (${millionMb} MB file), audit --json: ${millionRun.seconds} s, peak ${millionRun.peakMb} MB [< 30 s, < 2 GB]`);
  await fs.rm(million);

  const hostile = await hostileCorpus(main, dir);
  if (hostile.length) {
    const slowest = hostile.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    const largest = hostile.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
    results.push({ hostileFiles: hostile.length, slowestSeconds: slowest.seconds, slowestFile: slowest.file, largestPeakMb: largest.peakMb, largestFile: largest.file, exitCodes: [...new Set(hostile.map((run) => run.code))] });
    console.log(`\nThe corpus (${hostile.length} files, test/fixtures/ooxml), audit --json each: slowest ${slowest.seconds} s (${slowest.file}), largest peak ${largest.peakMb} MB (${largest.file}) [each < 10 s, < 500 MB]; exit codes ${[...new Set(hostile.map((run) => run.code))].join(", ")}`);
  }
  await fs.rm(dir, { recursive: true, force: true });
  await fs.writeFile(path.join(ROOT, "bench", "results.json"), JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2) + "\n");
  console.log("\nWritten: bench/results.json");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
