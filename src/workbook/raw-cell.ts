/** An Excel error value in a cell (`#N/A`, `#REF!`, …). */
export interface CellError {
  readonly error: string;
}

/**
 * A cell as a spreadsheet hands it over, before any reading: what ExcelJS and the Office JavaScript API both give
 * (a formula cell gives its cached result; no cached result is `null`, spec 10.22).
 */
export type RawCell = string | number | boolean | null | undefined | Date | CellError;

/**
 * A cell the file gives twice with different values (its row number repeated, or the cell
 * itself): the grid holds the later value; the earlier one is kept here so that nothing is lost
 * silently (issue 8). Row and column 0-based.
 */
export interface RepeatedCell {
  readonly row: number;
  readonly col: number;
  readonly first: RawCell;
  readonly later: RawCell;
}

/** One worksheet as a grid of raw cells, rows and columns 0-based. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly RawCell[] | undefined)[];
  /** Cells the file gives twice with different values (only a hand-made or damaged file does). */
  readonly repeatedCells?: readonly RepeatedCell[];
}

export function isCellError(cell: RawCell): cell is CellError {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date);
}

/** Empty: nothing, or only white space (spec section 3: empty rows are skipped). */
export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as its user would recognise it in a message: text as written, a date as `YYYY-MM-DD`. */
export function displayCell(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  // Excel cannot hold NaN or infinity; it shows such a result as #NUM!.
  if (typeof cell === "number" && !Number.isFinite(cell)) return "#NUM!";
  return String(cell);
}
