import type ExcelJS from "exceljs";
import type { DataSheet } from "../workbook/data-sheet";
import { NUMBER_FORMATS, printSetup } from "./cell-styles";

/** Number formats of input columns by kind. */
const KIND_FORMATS: Record<string, string | undefined> = {
  date: NUMBER_FORMATS.date,
  rate: "0%",
  share: "0%",
  amount: '#,##0 "kr"',
  count: "0",
  year: "0",
  whole: "0",
  positiveWhole: "0",
  orgnr: "@",
  code: "@",
  text: "@",
};

/** Drop-down lists for choice columns (spec section 3 lists the accepted forms). */
const LISTS: Record<string, string> = { gender: '"K,M,X"', yesNo: '"Ja,Nej"', bool: '"Ja,Nej"' };

/** ExcelJS has data validations but its type declarations leave them out. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** Rows of the template that carry drop-down lists and formats before anyone has typed. */
export const TEMPLATE_ROWS = 2000;

/**
 * Writes an input sheet as an Excel table with its header, formats per column kind, drop-down
 * lists for gender and yes/no, and a frozen header row.
 */
export function writeDataSheet(workbook: ExcelJS.Workbook, sheet: DataSheet, options: { validations: boolean }): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const rows = sheet.rows.length > 0 ? sheet.rows : [sheet.headers.map(() => null)];
  worksheet.addTable({
    name: sheet.tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: sheet.headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => [...row]),
  });
  sheet.kinds.forEach((kind, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = Math.max(12, Math.min(48, sheet.headers[index]!.length + 4));
    const format = KIND_FORMATS[kind];
    if (format && format !== "@") column.numFmt = format;
    const list = LISTS[kind];
    if (list && options.validations) {
      const letter = column.letter;
      (worksheet as unknown as { dataValidations: DataValidations }).dataValidations.add(`${letter}2:${letter}${Math.max(TEMPLATE_ROWS, rows.length + 1)}`, {
        type: "list",
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: "Resultatrevision",
        error: kind === "gender" ? "K, M eller X" : "Ja eller Nej",
      });
    }
  });
  sheet.rowKinds?.forEach((kind, index) => {
    const format = KIND_FORMATS[kind];
    if (format && format !== "@") worksheet.getCell(index + 2, 2).numFmt = format;
  });
  printSetup(worksheet, 1);
  return worksheet;
}
