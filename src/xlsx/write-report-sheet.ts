import type ExcelJS from "exceljs";
import { parseIsoDay } from "../domain/day";
import { layoutReportSheet } from "../workbook/report-layout";
import type { ReportSheet } from "../workbook/report-sheet";
import { LINK_COLOUR, TONE_COLOURS } from "../workbook/report-styles";
import { argb, HEADER_FILL, HEADER_FONT, NUMBER_FORMATS, printSetup } from "./cell-styles";

/** ExcelJS has data validations but its type declarations leave them out. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * Writes one output sheet into an ExcelJS workbook from its shared layout, replacing an earlier
 * copy of itself so that running the audit twice gives the same workbook (idempotent).
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): ExcelJS.Worksheet {
  const earlier = workbook.getWorksheet(sheet.name);
  if (earlier) workbook.removeWorksheet(earlier.id);
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.columnWidths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  const layout = layoutReportSheet(sheet);

  layout.values.forEach((cells, r) => {
    const row = worksheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === "") return;
      const cell = row.getCell(c + 1);
      const format = layout.formats[r]![c];
      const day = format === "date" && typeof value === "string" ? parseIsoDay(value) : undefined;
      cell.value = day === undefined ? value : new Date(day * 86_400_000);
      const numFmt = format && NUMBER_FORMATS[format];
      if (numFmt) cell.numFmt = numFmt;
    });
  });
  worksheet.getCell(layout.titleRow + 1, 1).font = { bold: true, size: 14 };
  for (const r of layout.blockTitleRows) worksheet.getCell(r + 1, 1).font = { bold: true, size: 12 };
  for (const r of layout.headerRows) {
    const header = worksheet.getRow(r + 1);
    // Headers wrap onto two lines; spreadsheet programs do not grow a row for wrapped text on open.
    header.height = 32;
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.font = HEADER_FONT;
      cell.alignment = { vertical: "middle", wrapText: true };
    });
  }
  for (const { row, col } of layout.bold) worksheet.getCell(row + 1, col + 1).font = { bold: true };
  for (const { row, col, tone } of layout.tones) {
    const cell = worksheet.getCell(row + 1, col + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(TONE_COLOURS[tone].fill) } };
    cell.font = { ...cell.font, color: { argb: argb(TONE_COLOURS[tone].font) } };
  }
  for (const { row, col, formula } of layout.links) {
    const cell = worksheet.getCell(row + 1, col + 1);
    cell.value = { formula: formula.slice(1), result: String(cell.value) };
    cell.font = { color: { argb: argb(LINK_COLOUR) }, underline: true };
  }
  sheet.blocks.forEach((block, index) => {
    const placed = layout.blocks[index]!;
    if (block.table && block.excelTable && placed.rows > 0) {
      // The cells are written above; the table takes them as they are (and keeps their formats).
      const rows = Array.from({ length: placed.rows }, (_, r) =>
        Array.from({ length: placed.columns }, (_, c) => worksheet.getCell(placed.firstRow + r + 1, c + 1).value ?? null));
      worksheet.addTable({
        name: block.table,
        ref: worksheet.getCell(placed.headerRow + 1, 1).address,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: block.header.map((name) => ({ name, filterButton: true })),
        rows: rows as ExcelJS.CellValue[][],
      });
    } else if (block.table && placed.rows > 0) {
      worksheet.autoFilter = { from: { row: placed.headerRow + 1, column: 1 }, to: { row: placed.firstRow + placed.rows, column: placed.columns } };
    }
    for (const validation of block.validations ?? []) {
      if (placed.rows === 0) continue;
      const letter = worksheet.getColumn(validation.column + 1).letter;
      (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(`${letter}${placed.firstRow + 1}:${letter}${placed.firstRow + placed.rows}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${validation.list.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "Resultatrevision",
        error: validation.list.join(" / "),
      });
    }
  });
  const firstHeader = layout.headerRows[0];
  if (firstHeader !== undefined && sheet.freezeHeader !== false) worksheet.views = [{ state: "frozen", ySplit: firstHeader + 1, xSplit: 0 }];
  printSetup(worksheet, firstHeader === undefined ? undefined : firstHeader + 1);
  return worksheet;
}
