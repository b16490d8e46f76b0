import { AGREEMENT_PARAMETERS, isParameterKey, type ParameterKind } from "../domain/agreement-parameters";
import type { ColumnKind } from "../workbook/column-kinds";
import { headerKey } from "../workbook/header-key";
import type { RawCell } from "../workbook/raw-cell";
import { headerRowOf } from "../workbook/read-table";
import { AGREEMENT_SHEET, COMPANIES_SHEET, HIRES_SHEET, type SheetSpec } from "../workbook/sheet-contract";
import { FunctionInputError } from "./function-input-error";

/** Which table a matrix argument is: it decides how each column's cells are read. */
export type TableRole = "hires" | "companies" | "agreement";

/**
 * Column kinds in which a `0` is no value (spec 10.24): desktop builds pass an empty cell as 0,
 * and serial 0 is no date, no text, no choice and no identifier. In number columns a 0 stays a 0.
 */
const ZERO_IS_EMPTY: ReadonlySet<ColumnKind> = new Set<ColumnKind>(["text", "orgnr", "date", "gender", "yesNo", "municipality"]);

/** `Avtal` values whose 0 is no value: dates, texts, codes, yes/no and lists (a 0 in them is invalid anyway). */
const AGREEMENT_ZERO_IS_EMPTY: ReadonlySet<ParameterKind> = new Set<ParameterKind>(["date", "text", "code", "bool", "targets", "checkpoints"]);

const SPECS: Readonly<Record<Exclude<TableRole, "agreement">, SheetSpec<never>>> = {
  hires: HIRES_SHEET as unknown as SheetSpec<never>,
  companies: COMPANIES_SHEET as unknown as SheetSpec<never>,
};

/** Header key → column kind, for each table (Swedish header, English alias and the other accepted names). */
const KINDS: Readonly<Record<TableRole, ReadonlyMap<string, ColumnKind | "agreementValue">>> = {
  hires: kindsOf(SPECS.hires),
  companies: kindsOf(SPECS.companies),
  agreement: new Map<string, ColumnKind | "agreementValue">([
    [headerKey(AGREEMENT_SHEET.key.sv), "text"],
    [headerKey(AGREEMENT_SHEET.key.en), "text"],
    [headerKey(AGREEMENT_SHEET.description.sv), "text"],
    [headerKey(AGREEMENT_SHEET.description.en), "text"],
    [headerKey(AGREEMENT_SHEET.value.sv), "agreementValue"],
    [headerKey(AGREEMENT_SHEET.value.en), "agreementValue"],
  ]),
};

function kindsOf(spec: SheetSpec<never>): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const column of spec.columns) for (const name of [column.sv, column.en, ...(column.also ?? [])]) kinds.set(headerKey(name), column.kind);
  return kinds;
}

/**
 * The one door through which every table argument of a custom function passes (spec 10.24).
 * Excel hands a function the cells of `Tabell[#All]` in the forms its build uses: an empty cell as
 * `null` (Excel on the web, current desktop builds), `""`, or `0` (older desktop builds); dates
 * as serial numbers; and, because functions.json sets `allowErrorForDataTypeAny`, an error cell as
 * an error object. This turns them into the raw cells the CLI's reader gives the engine for the
 * same sheet: empty as `null`, errors as `{ error: "#N/A" }` (so the engine reports `CELL_ERROR`
 * on that row, exactly as the CLI does), and a 0 that can only be an empty cell as `null`.
 */
export function tableArgument(argument: unknown, role: TableRole, parameter: string): RawCell[][] {
  if (!Array.isArray(argument)) throw new FunctionInputError("value", `${parameter}: expected a table with its header row, e.g. ${parameter}[#All].`);
  const rows: RawCell[][] = argument.map((row) => (Array.isArray(row) ? row.map(rawCellOf) : [rawCellOf(row)]));
  // A row of nothing but empties and zeros is an empty row: on a desktop build that passes empty
  // cells as 0 it cannot be told from one, and an empty row is skipped (spec section 3).
  for (const row of rows) if (row.every(isBlankOrZero)) row.fill(null);

  const kinds = KINDS[role];
  const headerRow = headerRowOf({ name: "", rows }, new Set(kinds.keys()));
  if (headerRow === undefined) return rows;
  for (let r = 0; r <= headerRow; r++) zerosToEmpty(rows[r]!);
  const columnKinds = rows[headerRow]!.map((cell) => (typeof cell === "string" ? kinds.get(headerKey(cell.trim())) : undefined));
  const keyCol = role === "agreement" ? columnKinds.findIndex((_, col) => headerKey(String(rows[headerRow]![col] ?? "")) === headerKey(AGREEMENT_SHEET.key.sv)) : -1;

  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== 0) continue;
      const kind = columnKinds[c];
      if (kind === "agreementValue" ? agreementZeroIsEmpty(row[keyCol]) : kind !== undefined && ZERO_IS_EMPTY.has(kind)) row[c] = null;
    }
  }
  return rows;
}

/** One cell as Excel passed it, as a raw cell. */
export function rawCellOf(value: unknown): RawCell {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const error = excelErrorCode(value);
  if (error !== undefined) return { error };
  if (typeof value === "object" && value !== null && "basicValue" in value) {
    // A cell value with a data type (allowCustomDataForDataTypeAny): its plain value counts.
    const basic = (value as { basicValue: unknown }).basicValue;
    return typeof basic === "object" ? null : rawCellOf(basic);
  }
  return null;
}

/**
 * The error code of an Excel error value, in the forms the custom-functions runtime passes one:
 * a `CustomFunctions.Error` (`{ code: "#N/A", message? }`, with allowErrorForDataTypeAny) or an
 * error cell value (`{ type: "Error", basicValue: "#N/A", errorType }`, with data types).
 * Microsoft's documentation names the first as an input error and does not fix one shape, so both
 * are read. A text that merely starts with "#" is text, as it is in the CLI.
 */
export function excelErrorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
  const candidate = value as { code?: unknown; type?: unknown; basicValue?: unknown; error?: unknown };
  if (typeof candidate.code === "string" && candidate.code.startsWith("#")) return candidate.code;
  if (candidate.type === "Error") return typeof candidate.basicValue === "string" ? candidate.basicValue : "#VALUE!";
  if (typeof candidate.error === "string") return candidate.error;
  return undefined;
}

function isBlankOrZero(cell: RawCell): boolean {
  return cell === null || cell === 0 || (typeof cell === "string" && cell.trim() === "");
}

function zerosToEmpty(row: RawCell[]): void {
  for (let c = 0; c < row.length; c++) if (row[c] === 0) row[c] = null;
}

function agreementZeroIsEmpty(key: RawCell): boolean {
  if (typeof key !== "string") return true;
  const normalised = key.trim().toLowerCase();
  return !isParameterKey(normalised) || AGREEMENT_ZERO_IS_EMPTY.has(AGREEMENT_PARAMETERS[normalised].kind);
}
