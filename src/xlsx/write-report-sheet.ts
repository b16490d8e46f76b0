import type ExcelJS from "exceljs";
import { parseIsoDay } from "../domain/day";
import { quoteSheet } from "../workbook/a1";
import type { ReportCell, ReportSheet } from "../workbook/report-sheet";
import { HEADER_FILL, HEADER_FONT, NUMBER_FORMATS, printSetup, TONE_COLOURS } from "./cell-styles";

/**
 * Writes one output sheet into an ExcelJS workbook, replacing an earlier copy of itself so that
 * running the audit twice gives the same workbook (idempotent).
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): ExcelJS.Worksheet {
  const earlier = workbook.getWorksheet(sheet.name);
  if (earlier) workbook.removeWorksheet(earlier.id);
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.columnWidths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));

  worksheet.addRow([sheet.title]).font = { bold: true, size: 14 };
  for (const line of sheet.subtitle) worksheet.addRow([line]);
  let firstHeaderRow: number | undefined;
  for (const block of sheet.blocks) {
    worksheet.addRow([]);
    if (block.title) worksheet.addRow([block.title]).font = { bold: true, size: 12 };
    const header = worksheet.addRow([...block.header]);
    // Headers wrap onto two lines; spreadsheet programs do not grow a row for wrapped text on open.
    header.height = 32;
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.font = HEADER_FONT;
      cell.alignment = { vertical: "middle", wrapText: true };
    });
    firstHeaderRow ??= header.number;
    for (const cells of block.rows) writeRow(worksheet.addRow([]), cells);
    if (block.table && block.rows.length > 0) {
      worksheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + block.rows.length, column: block.header.length } };
    }
  }
  if (firstHeaderRow) worksheet.views = [{ state: "frozen", ySplit: firstHeaderRow, xSplit: 0 }];
  printSetup(worksheet, firstHeaderRow);
  return worksheet;
}

function writeRow(row: ExcelJS.Row, cells: readonly ReportCell[]): void {
  cells.forEach((source, index) => {
    const cell = row.getCell(index + 1);
    cell.value = excelValue(source);
    const format = source.format && NUMBER_FORMATS[source.format];
    if (format) cell.numFmt = format;
    if (source.tone) {
      const colours = TONE_COLOURS[source.tone];
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours.fill } };
      cell.font = { color: { argb: colours.font }, bold: source.bold };
    } else if (source.bold) {
      cell.font = { bold: true };
    }
    if (source.link) cell.font = { ...cell.font, color: { argb: "FF0563C1" }, underline: true };
  });
}

function excelValue(source: ReportCell): ExcelJS.CellValue {
  if (source.link) {
    // ExcelJS's own internal hyperlinks are unreliable across spreadsheet programs; the
    // HYPERLINK function works in Excel, LibreOffice and Excel on the web alike.
    const target = `#${quoteSheet(source.link.sheet)}!${source.link.cell}`.replace(/"/g, '""');
    return { formula: `HYPERLINK("${target}","${String(source.value).replace(/"/g, '""')}")`, result: String(source.value) };
  }
  if (source.format === "date" && typeof source.value === "string") {
    const day = parseIsoDay(source.value);
    if (day !== undefined) return new Date(day * 86_400_000);
  }
  return source.value;
}
