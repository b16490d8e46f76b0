/**
 * Compares what the reader gives for a sheet with what LibreOffice writes for it as CSV
 * (scripts/libreoffice-csv.sh explains the filter options). A CSV holds only text, so each kind of
 * cell is compared with the text LibreOffice gives it; every normalisation is listed here and
 * nothing else is forgiven.
 */
import type { RawCell } from "../../src/workbook/raw-cell";

/** RFC 4180 CSV as LibreOffice writes it: `"` quotes, `""` inside quotes, line breaks inside quoted fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** `MM/DD/YYYY` (en-US, how LibreOffice writes a date-formatted cell even with "as shown" off), optionally with a time. */
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?(?: ?(AM|PM))?)?$/;

/** `YYYY-MM-DD`: a cell whose own format is ISO (the project's generator writes `yyyy-mm-dd`). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The 1900-system serial of LibreOffice's date text, or undefined when the text is no date. */
export function serialOfLibreOfficeDate(text: string): number | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)) / 86_400_000 + 25_569;
  const m = US_DATE.exec(text);
  if (!m) return undefined;
  let hours = Number(m[4] ?? 0);
  if (m[7] === "PM" && hours < 12) hours += 12;
  if (m[7] === "AM" && hours === 12) hours = 0;
  const ms = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hours, Number(m[5] ?? 0), Number(m[6] ?? 0));
  return ms / 86_400_000 + 25_569;
}

/** LibreOffice writes at most 15 significant digits (what a double shows reliably). */
function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Why `cell` (the reader's) differs from `text` (LibreOffice's), or undefined when they agree:
 * - empty: `null`/`undefined`/"" against an empty field;
 * - text: exactly equal (no trimming, no case folding);
 * - numbers: numerically (LibreOffice's text parsed as a number); with "as shown" off LibreOffice
 *   still writes a percentage as `25%` (compared as 0.25) and a date-formatted cell as a date
 *   (`MM/DD/YYYY` for Excel's built-in date format in en-US, or the cell's own `YYYY-MM-DD`),
 *   compared as the reader's 1900-system serial; a date written without a time is compared with
 *   the serial's whole day;
 * - booleans: `TRUE`/`FALSE`;
 * - error values: their text (`#N/A`, `#DIV/0!`).
 */
export function cellDifference(cell: RawCell, text: string): string | undefined {
  const found = `reader ${JSON.stringify(cell)}, LibreOffice ${JSON.stringify(text)}`;
  if (cell === null || cell === undefined || cell === "") return text === "" ? undefined : found;
  if (typeof cell === "string") return cell === text ? undefined : found;
  if (typeof cell === "boolean") return text === (cell ? "TRUE" : "FALSE") ? undefined : found;
  if (typeof cell === "number") {
    const date = serialOfLibreOfficeDate(text);
    if (date !== undefined) {
      const timeShown = text.includes(":");
      return sameNumber(timeShown ? cell : Math.floor(cell), date) ? undefined : `${found} (a date, serial ${date})`;
    }
    const percent = /^(-?[\d.]+(?:E[-+]?\d+)?)%$/i.exec(text);
    if (percent) return sameNumber(cell, Number(percent[1]) / 100) ? undefined : `${found} (a percentage)`;
    return text.trim() !== "" && sameNumber(cell, Number(text)) ? undefined : found;
  }
  if (cell instanceof Date) return `${found} (the reader gives dates as serial numbers, not Date)`;
  return cell.error === text ? undefined : found;
}

/** Every difference between a reader grid and LibreOffice's CSV rows, as `A1: …` lines. Trailing empty cells and rows on either side are no difference. */
export function gridDifferences(rows: readonly (readonly RawCell[] | undefined)[], csv: readonly (readonly string[])[]): string[] {
  const differences: string[] = [];
  const height = Math.max(rows.length, csv.length);
  for (let r = 0; r < height; r++) {
    const cells = rows[r] ?? [];
    const texts = csv[r] ?? [];
    const width = Math.max(cells.length, texts.length);
    for (let c = 0; c < width; c++) {
      const difference = cellDifference(cells[c] ?? null, texts[c] ?? "");
      if (difference) differences.push(`${columnLetters(c)}${r + 1}: ${difference}`);
    }
  }
  return differences;
}

function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
