import type ExcelJS from "exceljs";
import { isoDay } from "../../src/domain/day";

/** Cell values of an ExcelJS sheet as Office shows them: dates as ISO text, formulas as their result. */
export function valuesOfExcelJs(sheet: ExcelJS.Worksheet): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: (string | number | boolean)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value as unknown;
      cells[col - 1] =
        value instanceof Date ? isoDay(Math.floor(value.getTime() / 86_400_000) as never)
        : value && typeof value === "object" && "formula" in value ? String((value as unknown as { result: unknown }).result)
        : (value as string | number | boolean | null) ?? "";
    });
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ""));
}

/** Rows without their trailing empty cells, and no trailing empty rows. */
export function trimmed(rows: (string | number | boolean)[][]): (string | number | boolean)[][] {
  const out = rows.map((row) => {
    const copy = [...row];
    while (copy.length && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
