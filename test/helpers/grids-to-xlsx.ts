import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import type { SheetGrid } from "../../src/workbook/raw-cell";

/** Writes raw grids as an .xlsx file, cell values as they are (text stays text, Date a date cell). */
export async function writeGrids(file: string, grids: readonly SheetGrid[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    for (const row of grid.rows) sheet.addRow((row ?? []).map((cell) => (cell === undefined ? null : cell)) as ExcelJS.CellValue[]);
  }
  await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}
