import { cellAt, finding, type Finding } from "../domain/finding";
import type { SourceRow, SourceTable } from "../domain/records";
import { CellProblem } from "./cell-read";
import { COLUMN_READERS } from "./column-kinds";
import { headerKey } from "./header-key";
import { displayCell, isCellError, isEmptyCell, type RawCell, type SheetGrid } from "./raw-cell";
import type { ColumnSpec, SheetSpec } from "./sheet-contract";

/** How far down a header row is looked for (a title and a few notes may stand above a table). */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row (spec section 3): the first non-empty row, or, when a title stands above the
 * table, the first of the top rows that holds one of the sheet's own headers, which is where an
 * Excel table's header row is. Found from the cells alone, so a streamed sheet and a loaded one
 * give the same answer.
 */
export function headerRowOf(grid: SheetGrid, knownHeaders: ReadonlySet<string> = new Set()): number | undefined {
  let first: number | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || !row.some((cell) => !isEmptyCell(cell))) continue;
    first ??= r;
    if (r >= limit || knownHeaders.size === 0) break;
    if (row.some((cell) => typeof cell === "string" && knownHeaders.has(headerKey(cell)))) return r;
  }
  return first;
}

/** The headers a column answers to, in header-key form. */
function keysOf<T>(column: ColumnSpec<T>): string[] {
  return [column.sv, column.en, ...(column.also ?? [])].map(headerKey);
}

/**
 * Reads a result sheet into typed rows. Every problem becomes a finding at its cell; reading
 * never stops at the first. A sheet that lacks a required column is not used: only
 * `COLUMN_MISSING` is reported, on the header row's first non-empty cell (spec 10.6).
 */
export function readTable<T>(grid: SheetGrid, spec: SheetSpec<T>, findings: Finding[]): SourceTable<T> | undefined {
  const byKey = new Map<string, ColumnSpec<T>>();
  for (const column of spec.columns) for (const key of keysOf(column)) byKey.set(key, column);
  const headerRow = headerRowOf(grid, new Set(byKey.keys()));
  const header: readonly RawCell[] = headerRow === undefined ? [] : grid.rows[headerRow] ?? [];

  const columns: Partial<Record<keyof T, number>> = {};
  const headers: Partial<Record<keyof T, string>> = {};
  const unknown: Finding[] = [];
  header.forEach((cell, col) => {
    const text = displayCell(cell).trim();
    if (!text) return;
    const column = byKey.get(headerKey(text));
    if (column && columns[column.field] === undefined) {
      columns[column.field] = col;
      headers[column.field] = text;
    } else {
      // Spec 10.6: a second copy of a known header is unknown too.
      unknown.push(finding("COLUMN_UNKNOWN", cellAt(grid.name, headerRow!, col), { found: text }));
    }
  });

  const missing = spec.columns.filter((column) => column.required && columns[column.field] === undefined);
  if (missing.length > 0) {
    const firstCol = Math.max(0, header.findIndex((cell) => !isEmptyCell(cell)));
    for (const column of missing) {
      findings.push(finding("COLUMN_MISSING", cellAt(grid.name, headerRow ?? 0, firstCol), { column: column.sv, alias: column.en, svName: column.sv }));
    }
    return undefined;
  }
  findings.push(...unknown);

  const readers = spec.columns
    .filter((column) => columns[column.field] !== undefined)
    .map((column) => ({ column, col: columns[column.field]!, read: COLUMN_READERS[column.kind], header: headers[column.field]! }));
  const fieldOrder = spec.columns.map((column) => column.field);
  const rows: SourceRow<T>[] = [];
  // A row the file gives twice with different values is ambiguous: it counts nowhere (CELL_REPEATED).
  const repeatedRows = grid.repeatedCells && new Set(grid.repeatedCells.map((cell) => cell.row));
  for (let r = headerRow! + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    // Every row's fields get the same keys in the same order, so the engine sees one object shape.
    const fields: Record<string, unknown> = {};
    for (const field of fieldOrder) fields[field] = undefined;
    // One pass over the row's cells; its findings are kept only if the row is not empty after all.
    let problems: Finding[] | undefined;
    let empty = true;
    for (const { column, col, read, header: columnHeader } of readers) {
      const cell = cells[col];
      if (isCellError(cell)) {
        empty = false;
        (problems ??= []).push(finding("CELL_ERROR", cellAt(grid.name, r, col), { column: columnHeader, found: cell.error }));
      } else if (isEmptyCell(cell)) {
        if (column.required) (problems ??= []).push(finding("VALUE_REQUIRED", cellAt(grid.name, r, col), { column: columnHeader }));
      } else {
        empty = false;
        const result = read(cell);
        if (!(result instanceof CellProblem)) fields[column.field] = result;
        else (problems ??= []).push(finding(result.code, cellAt(grid.name, r, col), { column: columnHeader, ...result.params }));
      }
    }
    if (empty) continue;
    if (repeatedRows?.has(r)) problems ??= [];
    if (problems) findings.push(...problems);
    rows.push({ row: r, fields: fields as Partial<T>, invalid: problems !== undefined });
  }
  return { sheet: grid.name, headerRow: headerRow!, columns, headers, rows };
}
