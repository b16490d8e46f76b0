/**
 * The custom functions over large tables, as Excel calls them (`npm run bench`): one PAYOUT over
 * a 10,000-job table (a first calculation: the arguments' hash, the reading and the audit), and a
 * sheet of 20 formulas over the same tables (one audit, then 19 answers from the cache, each
 * costing one pass over the arguments to hash them). The baseline is the old cache key, a
 * JSON.stringify of the same arguments. Times are for people, never asserted.
 */
import type { Day } from "../src/domain/day";
import * as functions from "../src/functions/functions";
import { argumentsHash } from "../src/functions/arguments-hash";
import { forgetAuditedTables } from "../src/functions/table-figures";
import { dataSheetGrid } from "../src/workbook/data-sheet";
import { exampleSheets } from "../src/workbook/example-workbook";
import type { RawCell } from "../src/workbook/raw-cell";
import { serialOf } from "../src/workbook/read-date";
import { bestOf } from "./best-of";

export interface FunctionBenchRow {
  readonly hires: number;
  readonly firstPayoutMs: number;
  readonly twentyFormulasMs: number;
  readonly hashMs: number;
  readonly jsonKeyMs: number;
  readonly jsonKeyChars: number;
}

/** A sheet as Excel passes `Tabell[#All]` to a function: a rectangle, dates as serials, empty as null. */
function asArgument(rows: readonly (readonly RawCell[] | undefined)[]): unknown[][] {
  const width = Math.max(...rows.map((row) => row?.length ?? 0));
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row?.[c];
      if (cell instanceof Date) return serialOf(Math.floor(cell.getTime() / 86_400_000) as Day);
      return cell === undefined || cell === "" ? null : cell;
    }),
  );
}


export function functionBench(hires = 10_000): FunctionBenchRow {
  // Excel's runtime provides CustomFunctions; the functions need it only to report an error.
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions ??= { Error: Error, ErrorCode: {} };
  const sheets = exampleSheets({ hires, seed: 1 }).map(dataSheetGrid);
  const table = (name: string) => asArgument(sheets.find((sheet) => sheet.name === name)!.rows) as any[][];
  const [h, c, a] = [table("Anställningar"), table("Företag"), table("Avtal")];
  const firstPayout = bestOf(3, () => {
    forgetAuditedTables();
    return functions.payout(h, c, a, 0);
  });
  const twenty = bestOf(3, () => {
    forgetAuditedTables();
    for (let year = 0; year <= 5; year++) functions.payout(h, c, a, year);
    for (let year = 0; year <= 5; year++) functions.incentive(h, c, a, year);
    for (const dimension of ["women", "residents", "focusgroup", "longterm"]) functions.share(h, a, dimension, 0);
    functions.exitStatus(h, c, a, 1);
    functions.exitStatus(h, c, a, 3);
    functions.retention(h, a, 6, 0);
    functions.retention(h, a, 12, 0);
  });
  const hash = bestOf(3, () => argumentsHash([h, c, a]));
  let chars = 0;
  const json = bestOf(3, () => (chars = JSON.stringify([h, c, a]).length));
  return { hires, firstPayoutMs: Math.round(firstPayout), twentyFormulasMs: Math.round(twenty), hashMs: +hash.toFixed(1), jsonKeyMs: +json.toFixed(1), jsonKeyChars: chars };
}

/** The row printed in `npm run bench`'s table. */
export function functionBenchLine(row: FunctionBenchRow): string {
  return `  ${String(row.hires).padStart(9)} rows: one PAYOUT (first calculation) ${row.firstPayoutMs} ms; 20 formulas over the same tables ${row.twentyFormulasMs} ms; cache key: hash ${row.hashMs} ms against JSON.stringify ${row.jsonKeyMs} ms (${row.jsonKeyChars} characters)`;
}
