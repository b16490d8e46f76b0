/**
 * Comparing two submissions (spec 12) against auditing one of them: the comparison audits both,
 * judges every row's footprint in the paid years twice and relates the rows by identity, all
 * through maps, so it should stay a small multiple of one audit at any size (linear in rows).
 * Called from bench/run-bench.ts; times are printed, never asserted.
 */
import { audit } from "../src/domain/audit";
import { compareSubmissions, isRefusal } from "../src/domain/compare/compare-submissions";
import { dataSheetGrid } from "../src/workbook/data-sheet";
import { EXAMPLE_NEXT_REPORT_DATE, exampleSheets } from "../src/workbook/example-workbook";
import { readWorkbook } from "../src/workbook/read-workbook";
import { bestOf } from "./best-of";


export function compareBench(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  console.log("\nCompare two submissions (example and example --retroactive) against auditing the current one, best of 2:");
  for (const hires of [10_000, 100_000]) {
    const previous = exampleSheets({ hires, seed: 1 }).map(dataSheetGrid);
    const current = exampleSheets({ hires, seed: 1, retroactive: true }).map(dataSheetGrid);
    const options = { preset: "botkyrka" as const, today: EXAMPLE_NEXT_REPORT_DATE };
    const auditMs = bestOf(2, () => audit(readWorkbook(current), options));
    let changes = 0;
    const compareMs = bestOf(2, () => {
      const outcome = compareSubmissions(readWorkbook(previous), readWorkbook(current), options);
      if (isRefusal(outcome)) throw new Error(outcome.refusal);
      changes = outcome.findings.length;
    });
    const row = { compareHires: hires, compareMs: Math.round(compareMs), auditOneMs: Math.round(auditMs), ratio: +(compareMs / auditMs).toFixed(1), retroactiveFindings: changes };
    rows.push(row);
    console.log(`  ${String(hires).padStart(9)} rows: compare ${row.compareMs} ms, audit one ${row.auditOneMs} ms, ratio ${row.ratio} (${changes} retroactive findings)`);
  }
  return rows;
}
