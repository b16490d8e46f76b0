import type { CellFormat, CellTone, ReportCell, ReportSheet } from "./report-sheet";
import { a1, quoteSheet } from "./a1";
import { shownText } from "../domain/shown-text";

/** Where a block landed on the sheet (0-based): its header row, first data row and size. */
export interface PlacedBlock {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A report sheet laid out as one rectangle of cells, the same for every writer (ExcelJS in the
 * CLI, the Office JavaScript API in the task pane), so both write the same values to the same cells.
 */
export interface ReportLayout {
  readonly values: (string | number | boolean)[][];
  readonly formats: (CellFormat | undefined)[][];
  readonly width: number;
  readonly titleRow: number;
  readonly blockTitleRows: readonly number[];
  readonly headerRows: readonly number[];
  readonly blocks: readonly PlacedBlock[];
  readonly links: readonly { readonly row: number; readonly col: number; readonly formula: string }[];
  readonly tones: readonly { readonly row: number; readonly col: number; readonly tone: CellTone }[];
  readonly bold: readonly { readonly row: number; readonly col: number }[];
}

export function layoutReportSheet(sheet: ReportSheet): ReportLayout {
  const width = Math.max(1, ...sheet.blocks.map((block) => block.header.length));
  const values: (string | number | boolean)[][] = [];
  const formats: (CellFormat | undefined)[][] = [];
  const links: { row: number; col: number; formula: string }[] = [];
  const tones: { row: number; col: number; tone: CellTone }[] = [];
  const bold: { row: number; col: number }[] = [];
  const blockTitleRows: number[] = [];
  const headerRows: number[] = [];
  const blocks: PlacedBlock[] = [];
  // Every text the report writes itself is shown through the one gate (issue 10); a link's
  // target keeps the sheet's real name, or it would lead nowhere.
  const line = (cells: readonly (string | number | boolean)[]) => {
    values.push([...cells.map((value) => (typeof value === "string" ? shownText(value) : value)), ...Array(width - cells.length).fill("")]);
    formats.push(Array(width).fill(undefined));
    return values.length - 1;
  };

  line([sheet.title]);
  for (const text of sheet.subtitle) line([text]);
  for (const block of sheet.blocks) {
    line([]);
    if (block.title) blockTitleRows.push(line([block.title]));
    const headerRow = line(block.header);
    headerRows.push(headerRow);
    block.rows.forEach((cells) => {
      const row = line(cells.map(shownValue));
      cells.forEach((source, col) => {
        formats[row]![col] = source.format;
        if (source.link) links.push({ row, col, formula: hyperlinkFormula(source) });
        if (source.tone) tones.push({ row, col, tone: source.tone });
        if (source.bold) bold.push({ row, col });
      });
    });
    blocks.push({ headerRow, firstRow: headerRow + 1, rows: block.rows.length, columns: block.header.length });
  }
  return { values, formats, width, titleRow: 0, blockTitleRows, headerRows, blocks, links, tones, bold };
}

function shownValue(source: ReportCell): string | number | boolean {
  return source.value === null ? "" : source.value;
}

/** `=HYPERLINK("#'Anställningar'!E7","E7")`: works in Excel, Excel on the web and LibreOffice alike. */
export function hyperlinkFormula(source: ReportCell): string {
  const target = `#${quoteSheet(source.link!.sheet)}!${source.link!.cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${shownText(String(source.value)).replace(/"/g, '""')}")`;
}

/** The A1 range of a block's columns (header included), for charts. */
export function blockRange(sheet: string, block: PlacedBlock, fromCol: number, toCol: number): string {
  return `${quoteSheet(sheet)}!${a1(block.headerRow, fromCol)}:${a1(block.firstRow + block.rows - 1, toCol)}`;
}

/** A report sheet as the grid of values a reader sees after it is written (for example workbooks and tests). */
export function reportSheetGrid(sheet: ReportSheet): { name: string; rows: (string | number | boolean | null)[][] } {
  return { name: sheet.name, rows: layoutReportSheet(sheet).values.map((row) => row.map((value) => (value === "" ? null : value))) };
}

/** Widest a column grows to fit text cells; longer text wraps or is cut, as a message column does. */
const MAX_TEXT_WIDTH = 60;

/**
 * Column widths (in Excel's character units) that fit every header without breaking a word
 * (`Allvarlighetsgrad` stays whole when the header wraps), every number and date as its format
 * shows it, and short text; never narrower than the sheet asks. Plain data for both writers.
 */
export function fitColumnWidths(sheet: ReportSheet): number[] {
  const width = Math.max(sheet.columnWidths.length, ...sheet.blocks.map((block) => block.header.length));
  const widths = Array.from({ length: width }, (_, col) => sheet.columnWidths[col] ?? 10);
  const widen = (col: number, need: number) => (widths[col] = Math.max(widths[col]!, Math.ceil(need)));
  for (const block of sheet.blocks) {
    // Headers are bold, about a fifth wider than body text.
    block.header.forEach((text, col) => widen(col, Math.max(...text.split(/\s+/).map((word) => word.length)) * 1.2 + 2));
    for (const row of block.rows) row.forEach((source, col) => widen(col, Math.min(MAX_TEXT_WIDTH, shownLength(source) + 2)));
  }
  return widths;
}

/** About how many characters a cell shows in its number format. */
function shownLength(source: ReportCell): number {
  const value = source.value;
  if (value === null || value === "") return 0;
  if (typeof value !== "number") return String(value).length;
  const digits = String(Math.round(Math.abs(value))).length;
  const grouped = digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0);
  switch (source.format) {
    case "kronor":
      return grouped + 3;
    case "percent":
      return 7;
    case "decimal":
      return grouped + 2;
    case "date":
      // yyyy-mm-dd, and a little room so a date never runs into the next column.
      return 11;
    default:
      return grouped;
  }
}
