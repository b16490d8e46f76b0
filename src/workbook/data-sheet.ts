import { AGREEMENT_PARAMETERS, PARAMETER_KEYS, type ParameterKind } from "../domain/agreement-parameters";
import type { ColumnKind } from "./column-kinds";
import type { RawCell, SheetGrid } from "./raw-cell";
import tableNames from "./table-names.json";
import { AGREEMENT_SHEET, RESULT_SHEETS, type SheetSpec } from "./sheet-contract";

/**
 * An input sheet to write (template or example): an Excel table with a header row, the kind of
 * each column (which decides its number format and drop-down list) and its rows.
 */
export interface DataSheet {
  readonly name: string;
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly kinds: readonly (ColumnKind | ParameterKind | "mixed")[];
  readonly rows: readonly (readonly RawCell[])[];
  /** Per row of `rows`, the kind of the value cell (the `Avtal` sheet mixes kinds in one column). */
  readonly rowKinds?: readonly ParameterKind[];
}

/** Rows of the template that carry drop-down lists and formats before anyone has typed. */
export const TEMPLATE_ROWS = 2000;

/** The sheet as the engine reads it: its header row, then its rows. */
export function dataSheetGrid(sheet: DataSheet): SheetGrid {
  return { name: sheet.name, rows: [sheet.headers, ...sheet.rows] };
}

/**
 * The template's table names, which users type in formulas (`=JOBB.PAYOUT(Anställningar[#All];…)`):
 * each sheet's Swedish name where Excel allows it as a table name (letters incl. å, ä, ö; no
 * spaces: `Pro bono` → `ProBono`). The help page's examples are built from the same file, and
 * test/excel/table-names.test.ts checks each against Excel's naming rules.
 */
export const TABLE_NAMES: Readonly<Record<string, string>> = tableNames;

/** A result sheet with its Swedish headers and the given rows. */
export function dataSheet<T>(spec: SheetSpec<T>, rows: readonly (readonly RawCell[])[]): DataSheet {
  return {
    name: spec.sv,
    tableName: TABLE_NAMES[spec.sv] ?? spec.sv,
    headers: spec.columns.map((column) => column.sv),
    kinds: spec.columns.map((column) => column.kind),
    rows,
  };
}

/** The `Avtal` sheet: every parameter with its value (empty where none is given) and its Swedish description. */
export function agreementSheet(valueOf: (key: (typeof PARAMETER_KEYS)[number]) => RawCell): DataSheet {
  return {
    name: AGREEMENT_SHEET.sv,
    tableName: TABLE_NAMES.Avtal!,
    headers: [AGREEMENT_SHEET.key.sv, AGREEMENT_SHEET.value.sv, AGREEMENT_SHEET.description.sv],
    kinds: ["text", "mixed", "text"],
    rows: PARAMETER_KEYS.map((key) => [key, valueOf(key) ?? null, AGREEMENT_PARAMETERS[key].sv]),
    rowKinds: PARAMETER_KEYS.map((key) => AGREEMENT_PARAMETERS[key].kind),
  };
}

/** Every result sheet, empty: what `resultatrevision template` writes after `Avtal`. */
export function emptyResultSheets(): DataSheet[] {
  return RESULT_SHEETS.map((spec) => dataSheet(spec as SheetSpec<unknown>, []));
}

/** Rows looked at to size a column; the template and the example are uniform further down. */
const WIDTH_SAMPLE_ROWS = 500;

/**
 * The width of an input sheet's column (Excel's character units): its header and its text, such as
 * the `Avtal` keys in column A (`investment_commitment_sek`), fit uncut; 12 to 48 wide. The same
 * for the ExcelJS writer and the Office JavaScript API's.
 */
export function dataColumnWidth(sheet: DataSheet, col: number): number {
  let longest = (sheet.headers[col] ?? "").length + 4;
  for (const row of sheet.rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    const cell = row[col];
    if (typeof cell === "string") longest = Math.max(longest, cell.length + 2);
  }
  return Math.max(12, Math.min(48, longest));
}
