import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import type { RawCell, SheetGrid } from "../workbook/raw-cell";
import { assertXlsx, corrupt } from "./open-workbook";
import { LOST_FORMULA_ERROR, rawRow } from "./sheet-grids";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";

/**
 * Reads an .xlsx row by row with ExcelJS's streaming reader: the same grids as loading the whole
 * workbook, in a fraction of the memory. Used when no report workbook has to be written.
 *
 * ExcelJS's streaming reader turns a formula's cached error value (`#N/A`) into NaN, losing
 * which error it was; when that happens this returns `undefined` and the caller loads the whole
 * workbook instead, so both ways always give the same findings (test/xlsx/sheet-grids.test.ts).
 */
export async function streamSheetGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[] | undefined> {
  await assertXlsx(bytes, file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  const grids: SheetGrid[] = [];
  try {
    for await (const worksheet of reader) {
      const rows: (RawCell[] | undefined)[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) rows[row.number - 1] = rawRow(row);
      grids.push({ name: (worksheet as unknown as { name: string }).name, rows });
    }
  } catch (error) {
    if (error === LOST_FORMULA_ERROR) return undefined;
    throw corrupt(file, error);
  }
  if (grids.length === 0) throw new UnreadableWorkbookError("no-sheets", file);
  // The zip holds sheets in file order; the workbook's tab order is what a user sees.
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((sheet) => sheet.name);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return grids.sort((a, b) => rank(a.name) - rank(b.name));
}

