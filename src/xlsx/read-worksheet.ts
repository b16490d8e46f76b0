import type { RawCell, RepeatedCell, SheetGrid } from "../workbook/raw-cell";
import type { InflatedBytes } from "./inflate-part";
import { unescapeOoxmlText } from "./ooxml-text";
import { ReadLimitError, type ReadLimits } from "./read-limits";
import { attribute, parseXmlPart, XmlPartError } from "./xml-part";
import type { ZipPart } from "./zip-directory";

/** What a worksheet's cells need from the rest of the workbook. */
export interface WorksheetContext {
  readonly sharedStrings: readonly string[];
  /** Style indices whose number format is a date; only given for a 1904-system workbook. */
  readonly dateStyles1904?: ReadonlySet<number>;
  readonly limits: ReadLimits;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Days from 1899-12-30 (the 1900 system's day 0) to 1904-01-01 (the 1904 system's day 0). */
const DAYS_1900_TO_1904 = 1462;

/**
 * Reads a worksheet's `sheetData` (ECMA-376 Part 1, 18.3.1.99) into a grid, streaming: cells are
 * kept as their cached values (a formula's `f` is not evaluated, spec 10.22); nothing outside
 * `sheetData` is expanded (merges, data validation, conditional formats, drawings are tags read
 * past, so `A10:XFD1048576` costs one tag). Rows and cells without `r` take the next position, as
 * Excel does. A row number given twice keeps every cell of both rows: a cell that only one of them
 * fills is read, and a cell both fill differently is read as the later value (as LibreOffice
 * shows it) and listed in `repeatedCells`, so the audit can say so (issue 8: never lose one silently).
 */
export async function readWorksheet(bytes: Uint8Array, part: ZipPart, name: string, counter: InflatedBytes, context: WorksheetContext): Promise<SheetGrid> {
  const { sharedStrings, dateStyles1904, limits } = context;
  const rows: (RawCell[] | undefined)[] = [];
  const repeatedCells: RepeatedCell[] = [];
  let inSheetData = false;
  let row: RawCell[] | undefined;
  let rowIndex = -1;
  let col = -1;
  let cellType: string | undefined;
  let cellStyle: string | undefined;
  // Text is gathered only inside <v> and inside an inline string's <t> (not its phonetic runs).
  let gathering = false;
  let value = "";
  let hasValue = false;
  let inInline = false;
  let phonetic = 0;
  let cells = 0;

  const bad = (why: string) => new XmlPartError(part.name, why);
  const finishCell = () => {
    const cell = cellValue();
    if (cell === null) return;
    if (++cells > limits.cellsPerSheet) throw new ReadLimitError("cellsPerSheet", part.name, limits.cellsPerSheet);
    // A cell given twice (its row repeated, or the cell itself) keeps the later value, as
    // LibreOffice shows it; when the two differ, both are listed for a finding.
    const earlier = row![col];
    if (earlier !== undefined && earlier !== null && !sameCell(earlier, cell)) repeatedCells.push({ row: rowIndex, col, first: earlier, later: cell });
    row![col] = cell;
  };
  const cellValue = (): RawCell => {
    if (cellType === "inlineStr") return hasValue ? checkedText(unescapeOoxmlText(value)) : null;
    if (!hasValue) return null;
    switch (cellType) {
      case undefined:
      case "n": {
        const number = Number(value);
        if (value.trim() === "" || !Number.isFinite(number)) throw bad(`the number "${value.slice(0, 40)}" in a cell is not a number`);
        return dateStyles1904 && cellStyle !== undefined && dateStyles1904.has(Number(cellStyle)) ? number + DAYS_1900_TO_1904 : number;
      }
      case "s": {
        const text = sharedStrings[Number(value)];
        if (text === undefined) throw bad(`a cell refers to shared string ${value.slice(0, 20)}, which does not exist`);
        return text;
      }
      case "str":
        return checkedText(unescapeOoxmlText(value));
      case "b":
        return value === "1" || value === "true";
      case "e":
        return { error: value.trim() };
      case "d":
        return isoSerial(value) ?? checkedText(value);
      default:
        throw bad(`a cell has the unknown type "${cellType.slice(0, 20)}"`);
    }
  };
  const checkedText = (text: string): string => {
    if (text.length > limits.stringLength) throw new ReadLimitError("stringLength", part.name, limits.stringLength);
    return text;
  };

  await parseXmlPart(bytes, part, counter, {
    open(tag, attributes) {
      if (!inSheetData) {
        if (tag === "sheetData") inSheetData = true;
        return;
      }
      switch (tag) {
        case "row": {
          const r = attributes.r;
          const number = r === undefined ? rowIndex + 2 : Number(r);
          if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) throw bad(`a row number "${String(r).slice(0, 20)}" is outside Excel's grid`);
          rowIndex = number - 1;
          row = rows[rowIndex];
          if (!row) rows[rowIndex] = row = [];
          col = -1;
          return;
        }
        case "c": {
          if (!row) {
            // A cell outside any row element: Excel refuses such a file.
            throw bad("a cell stands outside a row");
          }
          const ref = attributes.r;
          if (ref === undefined) col++;
          else {
            const at = cellPosition(ref);
            if (!at) throw bad(`the cell reference "${ref.slice(0, 20)}" is outside Excel's grid`);
            if (at.row !== rowIndex) throw bad(`the cell ${ref} stands in row ${rowIndex + 1}`);
            col = at.col;
          }
          cellType = attributes.t;
          cellStyle = attributes.s;
          value = "";
          hasValue = false;
          inInline = false;
          phonetic = 0;
          return;
        }
        case "v":
          if (cellType !== "inlineStr") {
            gathering = true;
            hasValue = true;
          }
          return;
        case "is":
          inInline = true;
          hasValue = true;
          return;
        case "t":
          if (inInline && phonetic === 0) gathering = true;
          return;
        case "rPh":
          phonetic++;
          return;
        default:
          return;
      }
    },
    close(tag) {
      if (!inSheetData) return;
      switch (tag) {
        case "v":
        case "t":
          gathering = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "is":
          inInline = false;
          return;
        case "c":
          finishCell();
          return;
        case "row":
          row = undefined;
          return;
        case "sheetData":
          inSheetData = false;
          return;
        default:
          return;
      }
    },
    text(text) {
      if (gathering) value += text;
    },
  });
  // Holes inside a row read as empty cells, as a loaded sheet gives them.
  for (const cells of rows) if (cells) for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  return repeatedCells.length > 0 ? { name, rows, repeatedCells } : { name, rows };
}

/** `B12` → row 11, column 1 (0-based); undefined when it is no cell of Excel's grid. */
export function cellPosition(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || col > MAX_COL) return undefined;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  if (i === digits || row < 1 || row > MAX_ROW) return undefined;
  return { row: row - 1, col: col - 1 };
}

function sameCell(a: RawCell, b: RawCell): boolean {
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/**
 * A `t="d"` cell's ISO 8601 value as a 1900-system serial (days since 1899-12-30, time as the
 * fraction), the form every other date cell reaches the audit in; undefined when it is not ISO.
 */
export function isoSerial(text: string): number | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0), 0) + Number(ss ?? 0) * 1000;
  const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) return undefined;
  const serial = ms / 86_400_000 + 25_569;
  // Excel's serials count the phantom 1900-02-29, so days before 1900-03-01 are one lower.
  return serial < 61 ? serial - 1 : serial;
}
