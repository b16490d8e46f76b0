import type { Day } from "../domain/day";
import { columnLetters } from "../workbook/a1";
import { dataColumnWidth, type DataSheet, TEMPLATE_ROWS } from "../workbook/data-sheet";
import { serialOf } from "../workbook/read-date";
import type { RawCell } from "../workbook/raw-cell";
import { INPUT_FORMATS, INPUT_LISTS } from "../workbook/report-styles";
import { supportsExcelApi } from "./supports-excel-api";


/**
 * Adds the template's sheets ("Skapa mall") as Excel tables with formats and drop-down lists, the
 * same sheets as `resultatrevision template`. A sheet that already exists is left as it is and
 * named in the answer, so nothing a user typed is ever overwritten. Two syncs.
 */
export async function writeDataSheets(context: Excel.RequestContext, sheets: readonly DataSheet[]): Promise<{ created: string[]; skipped: string[] }> {
  const worksheets = context.workbook.worksheets;
  const existing = sheets.map((sheet) => worksheets.getItemOrNullObject(sheet.name));
  for (const sheet of existing) sheet.load("isNullObject");
  await context.sync();

  const created: string[] = [];
  const skipped: string[] = [];
  context.application.suspendApiCalculationUntilNextSync();
  sheets.forEach((sheet, index) => {
    if (!existing[index]!.isNullObject) {
      skipped.push(sheet.name);
      return;
    }
    created.push(sheet.name);
    const worksheet = worksheets.add(sheet.name);
    const rows = sheet.rows.length > 0 ? sheet.rows : [sheet.headers.map(() => null)];
    const width = sheet.headers.length;
    const all = worksheet.getRangeByIndexes(0, 0, rows.length + 1, width);
    all.values = [[...sheet.headers], ...rows.map((row) => row.map(officeValue))] as never;
    worksheet.tables.add(`A1:${columnLetters(width - 1)}${rows.length + 1}`, true).name = sheet.tableName;
    sheet.kinds.forEach((kind, col) => {
      const bodyRows = Math.max(TEMPLATE_ROWS, rows.length);
      const body = worksheet.getRangeByIndexes(1, col, bodyRows, 1);
      const format = INPUT_FORMATS[kind];
      // Office.js wants one format per cell of the range.
      if (format) body.numberFormat = Array.from({ length: bodyRows }, () => [format]);
      const list = INPUT_LISTS[kind];
      // Drop-down lists need ExcelApi 1.8; an older host gets the template without them.
      if (list && supportsExcelApi("1.8")) body.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = dataColumnWidth(sheet, col) * 7;
    });
    sheet.rowKinds?.forEach((kind, row) => {
      const format = INPUT_FORMATS[kind];
      if (format) worksheet.getRangeByIndexes(row + 1, 1, 1, 1).numberFormat = [[format]];
    });
    worksheet.freezePanes.freezeRows(1);
  });
  await context.sync();
  return { created, skipped };
}

/** Office.js takes dates as serial numbers, never as Date objects. */
function officeValue(cell: RawCell): string | number | boolean {
  if (cell instanceof Date) return serialOf(Math.floor(cell.getTime() / 86_400_000) as Day);
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  return cell;
}
