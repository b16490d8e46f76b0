import type { Place } from "../domain/finding";

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of a 0-based row and column: (6, 4) → `E7`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A place's cell as A1, or `""` for a whole sheet or no sheet (spec section 8). */
export function cellOf(place: Place): string {
  if (place.row === undefined) return "";
  return a1(place.row, place.col ?? 0);
}

/** `Anställningar!E7`, quoting sheet names that need it; just the sheet when there is no cell. */
export function sheetCell(place: Place): string {
  if (!place.sheet) return "";
  const cell = cellOf(place);
  return cell ? `${quoteSheet(place.sheet)}!${cell}` : place.sheet;
}

/**
 * A sheet name as a formula or hyperlink needs it: `'Pro bono'`, `'Q1'`. Only a plain identifier
 * that cannot be read as a reference stays bare: `Q1`, `JAN2023` or `R2C3` would point at a cell.
 */
export function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !looksLikeReference(sheet) && !/^(true|false)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A1 (`Q1`, `XFD1048576`, `JAN2023`) or R1C1 (`R1C1`, `RC`, `R2`, `C3`) forms Excel reads as a reference. */
export function looksLikeReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^(r\d*)?(c\d*)?$/i.test(name);
}
