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
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      const cells: RawCell[] = new Array(Math.max(0, values.length - 1));
      for (let c = 1; c < values.length; c++) cells[c - 1] = rawCell(values[c]);
      rows[rowNumber - 1] = cells;
    });
    return { name: worksheet.name, rows, tableHeaderRow: tableHeaderRow(worksheet) };
  });
}

function rawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return { error: object.error };
  if ("formula" in object || "sharedFormula" in object) return object.result === undefined ? null : rawCell(object.result);
  if (Array.isArray(object.richText)) return (object.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
  if (typeof object.text === "string") return object.text;
  return null;
}

/** The header row of the first Excel table on the sheet, 0-based. */
function tableHeaderRow(worksheet: ExcelJS.Worksheet): number | undefined {
  const tables = Object.values((worksheet as unknown as { tables?: Record<string, { table?: { ref?: string; tableRef?: string; headerRow?: boolean } }> }).tables ?? {});
  for (const entry of tables) {
    const ref = entry.table?.tableRef ?? entry.table?.ref;
    const match = ref ? /^[A-Z]+(\d+)/.exec(ref) : null;
    if (match && entry.table?.headerRow !== false) return Number(match[1]) - 1;
  }
  return undefined;
}
