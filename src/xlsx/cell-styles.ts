import type ExcelJS from "exceljs";
import { HEADER_COLOURS } from "../workbook/report-styles";

export { NUMBER_FORMATS } from "../workbook/report-styles";

/** ExcelJS wants ARGB colours. */
export const argb = (rgb: string) => `FF${rgb}`;

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_COLOURS.fill) } };
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: argb(HEADER_COLOURS.font) } };

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
