import type ExcelJS from "exceljs";
import type { RawCell, SheetGrid } from "../workbook/raw-cell";

/**
 * Turns ExcelJS worksheets into raw grids: formulas give their cached result (none reads as
 * empty, spec 10.22), rich text and hyperlinks give their text (a link is never followed),
 * error values stay errors.
 */
export function sheetGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map((worksheet) => {
    const rows: (RawCell[] | undefined)[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => (rows[rowNumber - 1] = rawRow(row)));
    return { name: worksheet.name, rows };
  });
}

/** A formula whose cached error value ExcelJS's streaming reader turned into NaN (exceljs#3074). */
export const LOST_FORMULA_ERROR = Symbol("lost formula error");

/** An ExcelJS row's cells as 0-based raw cells. */
export function rawRow(row: ExcelJS.Row): RawCell[] {
  const cells: RawCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cells[col - 1] = cell.type === FORMULA ? formulaResult(cell) : rawCell(cell.value);
  });
  for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  return cells;
}

const FORMULA = 6; // ExcelJS.ValueType.Formula, without importing the runtime enum

/**
 * A formula cell's cached result, read from the cell's model: `cell.value` drops a result of 0,
 * `false` or `""` (exceljs#2943), which would turn a formula that gives 0 into an empty cell.
 */
function formulaResult(cell: ExcelJS.Cell): RawCell {
  const result = (cell.model as { result?: unknown }).result;
  if (typeof result === "number" && Number.isNaN(result)) throw LOST_FORMULA_ERROR;
  return result === undefined ? null : rawCell(result);
}

function rawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  // ExcelJS turns a number into a Date when its number format looks like a date. Spec 10.20: a
  // cell's number format never reinterprets its value, so the number is given back, as Office.js
  // gives it (serial = days since 1899-12-30, ExcelJS's own inverse, time of day kept).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime() / 86_400_000 + 25569;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value !== "object") return null;
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return { error: object.error };
  if ("formula" in object || "sharedFormula" in object) return object.result === undefined ? null : rawCell(object.result);
  if (Array.isArray(object.richText)) return (object.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
  if (typeof object.text === "string") return object.text;
  return null;
}

