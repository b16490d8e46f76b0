/**
 * `npm run bench`: the engine and the CLI against baselines measured in the same run, printed as
 * a table and written to bench/results.json. Not part of `npm test`: times are for people, never
 * asserted. Sizes: 1,000, 10,000 and 100,000 job rows, and 1,000,000 as an in-memory grid.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { audit } from "../src/domain/audit";
import { dataSheetGrid } from "../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../src/workbook/example-workbook";
import type { SheetGrid } from "../src/workbook/raw-cell";
import { readWorkbook } from "../src/workbook/read-workbook";
import { reproducibleXlsxBytes, workbookOf } from "../src/xlsx/xlsx-bytes";
import { readSheetGrids } from "../src/excel/read-sheet-grids";
import { auditOpenWorkbook, writePayoutAndSummary } from "../src/excel/workbook-actions";
import { FakeExcel } from "../test/helpers/fake-excel";
import { compareBench } from "./compare-bench";

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

function best(runs: number, body: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Runs a command as its own process and reads its wall time and peak memory from GNU time. */
function measure(command: string[]): { seconds: number; peakMb: number } {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", ...command], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const [seconds, kb] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024) };
}

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  console.log("Engine (read + audit + figures) against a bare loop over the same cells, best of 3:");
  for (const hires of [1000, 10_000, 100_000, 1_000_000]) {
    const sheets = grids(hires);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const baseline = best(3, () => bareLoop(sheets));
    const engine = best(hires >= 1_000_000 ? 1 : 3, () => audit(readWorkbook(sheets), { preset: "botkyrka", today: EXAMPLE_REPORT_DATE }));
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
    const readLargest = excel.largestRequestBytes;
    const result = await auditOpenWorkbook(excel.context, { preset: "botkyrka", today: EXAMPLE_REPORT_DATE, language: "sv" });
    await writePayoutAndSummary(excel.context, result, "sv");
    const row = { adapterHires: hires, readSyncs, readLargestRequestMb: +(readLargest / 1e6).toFixed(2), allSyncs: excel.syncs, largestRequestMb: +(excel.largestRequestBytes / 1e6).toFixed(2), findings: result.findings.length };
    results.push(row);
    console.log(`  ${String(hires).padStart(9)} rows: read alone ${readSyncs} syncs (largest ${row.readLargestRequestMb} MB); then Granska + payout sheets, ${row.allSyncs} syncs in all (largest ${row.largestRequestMb} MB; ${row.findings} findings)`);
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "resultatrevision-bench-"));
  const file = path.join(dir, "100k.xlsx");
  await fs.writeFile(file, await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 100_000, seed: 1 }), { validations: false })));
  const readScript = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(file)});})()`;
  const bare = measure([process.execPath, "-e", readScript]);
  const cli = measure([process.execPath, path.join(ROOT, "build-tools", "src", "cli", "main.js"), "audit", file, "--json", path.join(dir, "out.json")]);
  const report = measure([process.execPath, path.join(ROOT, "build-tools", "src", "cli", "main.js"), "audit", file, "--out", path.join(dir, "out.xlsx")]);
  const cliRow = { file: "100,000 job rows", cliSeconds: cli.seconds, cliPeakMb: cli.peakMb, bareReadSeconds: bare.seconds, bareReadPeakMb: bare.peakMb, ratio: +(cli.seconds / bare.seconds).toFixed(2), reportSeconds: report.seconds, reportPeakMb: report.peakMb };
  results.push(cliRow);
  console.log("\nCLI end to end against ExcelJS's bare read of the same file:");
  console.log(`  audit --json: ${cli.seconds} s, peak ${cli.peakMb} MB; bare ExcelJS read: ${bare.seconds} s, peak ${bare.peakMb} MB; ratio ${cliRow.ratio}`);
  console.log(`  audit --out (report workbook): ${report.seconds} s, peak ${report.peakMb} MB`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.writeFile(path.join(ROOT, "bench", "results.json"), JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2) + "\n");
  console.log("\nWritten: bench/results.json");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
