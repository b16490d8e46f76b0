import type ExcelJS from "exceljs";
import { dataColumnWidth, type DataSheet, TEMPLATE_ROWS } from "../workbook/data-sheet";
import { INPUT_FORMATS, INPUT_LISTS } from "../workbook/report-styles";
import { printSetup } from "./cell-styles";

/** ExcelJS has data validations but its type declarations leave them out. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}


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
    column.width = dataColumnWidth(sheet, index);
    const format = INPUT_FORMATS[kind];
    if (format) column.numFmt = format;
    const list = INPUT_LISTS[kind] && `"${INPUT_LISTS[kind]!.join(",")}"`;
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
    const format = INPUT_FORMATS[kind];
    if (format) worksheet.getCell(index + 2, 2).numFmt = format;
  });
  printSetup(worksheet, 1);
  return worksheet;
}
