import type ExcelJS from "exceljs";
import type { CellFormat, CellTone } from "../workbook/report-sheet";

/**
 * Number formats for report cells. `#,##0` shows with the reader's own thousands separator, so
 * a Swedish Excel shows `1 250 000 kr` and an English one `1,250,000 kr`.
 */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  kronor: '#,##0 "kr"',
  percent: "0.0%",
  count: "#,##0",
  decimal: "#,##0.0",
  date: "yyyy-mm-dd",
  text: undefined,
};

/** Fill and font colours of the usual good / neutral / bad cell styles. */
export const TONE_COLOURS: Record<CellTone, { fill: string; font: string }> = {
  good: { fill: "FFC6EFCE", font: "FF006100" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  info: { fill: "FFDDEBF7", font: "FF1F4E78" },
};

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };

/** A4 landscape, one page wide, the header rows repeated on every page: a board prints these. */
export function printSetup(worksheet: ExcelJS.Worksheet, headerRow?: number): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(headerRow ? { printTitlesRow: `${headerRow}:${headerRow}` } : {}),
  };
}
