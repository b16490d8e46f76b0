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

/** A sheet name as a formula or hyperlink needs it: `'Pro bono'`. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
