import { cellAt, finding, type Finding } from "../domain/finding";
import type { SourceRow, SourceTable } from "../domain/records";
import { CellProblem } from "./cell-read";
import { COLUMN_READERS, ZERO_IS_EMPTY } from "./column-kinds";
import { headerKey } from "./header-key";
import { closestNames, matchName, nameIndex, nearKey } from "./name-match";
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
    // Spec 10.27: a header that nearly matches marks the header row too.
    if (row.some((cell) => typeof cell === "string" && (knownHeaders.has(headerKey(cell)) || knownHeaders.has(nearKey(cell))))) return r;
  }
  return first;
}

/** The headers a column answers to, as written. */
function namesOf<T>(column: ColumnSpec<T>): string[] {
  return [column.sv, column.en, ...(column.also ?? [])];
}

/**
 * Reads a result sheet into typed rows. Every problem becomes a finding at its cell; reading
 * never stops at the first. A sheet that lacks a required column is not used: only
 * `COLUMN_MISSING` is reported, on the header row's first non-empty cell (spec 10.6).
 */
export function readTable<T>(grid: SheetGrid, spec: SheetSpec<T>, findings: Finding[]): SourceTable<T> | undefined {
  const { known, nearKnown } = nameIndex(spec.columns.flatMap((column) => namesOf(column).map((name) => [name, column] as const)));
  const headerRow = headerRowOf(grid, new Set([...known.keys(), ...nearKnown.keys()]));
  const header: readonly RawCell[] = headerRow === undefined ? [] : grid.rows[headerRow] ?? [];

  const columns: Partial<Record<keyof T, number>> = {};
  const headers: Partial<Record<keyof T, string>> = {};
  const unknown: Finding[] = [];
  const unmatched: string[] = [];
  const texts = header.map((cell) => displayCell(cell).trim());
  const matches = texts.map((text) => (text ? matchName(text, known, nearKnown) : undefined));
  const near: Finding[] = [];
  // Exact matches first, so an exact header always wins over a near one (spec 10.27).
  for (const pass of [false, true]) {
    matches.forEach((match, col) => {
      if (!match || match.near !== pass || columns[match.target.field] !== undefined) return;
      columns[match.target.field] = col;
      headers[match.target.field] = texts[col]!;
      if (match.near) near.push(finding("NAME_NEAR_MATCH", cellAt(grid.name, headerRow!, col), { kind: "column", found: texts[col], readAs: match.target.sv }));
    });
  }
  texts.forEach((text, col) => {
    if (!text) return;
    const match = matches[col];
    if (match && columns[match.target.field] === col) return;
    // Spec 10.6: a second copy of a known header is unknown too.
    unknown.push(finding("COLUMN_UNKNOWN", cellAt(grid.name, headerRow!, col), { found: text }));
    unmatched.push(text);
  });

  const missing = spec.columns.filter((column) => column.required && columns[column.field] === undefined);
  if (missing.length > 0) {
    const firstCol = Math.max(0, header.findIndex((cell) => !isEmptyCell(cell)));
    for (const column of missing) {
      const suggestions = closestNames(namesOf(column), unmatched);
      findings.push(finding("COLUMN_MISSING", cellAt(grid.name, headerRow ?? 0, firstCol), {
        column: column.sv, alias: column.en, svName: column.sv, ...(suggestions.length ? { suggestions: suggestions.join("\n") } : {}),
      }));
    }
    return undefined;
  }
  findings.push(...near, ...unknown);

  const readers = spec.columns
    .filter((column) => columns[column.field] !== undefined)
    .map((column) => ({ column, col: columns[column.field]!, read: COLUMN_READERS[column.kind], header: headers[column.field]!, zeroIsEmpty: ZERO_IS_EMPTY.has(column.kind) }));
  // Every row's fields get the same keys in the same order, so the engine sees one object shape:
  // each row's starts as a copy of this one.
  const blank: Record<string, unknown> = {};
  for (const column of spec.columns) blank[column.field as string] = undefined;
  const rows: SourceRow<T>[] = [];
  // A row the file gives twice with different values is ambiguous: it counts nowhere (CELL_REPEATED).
  const repeatedRows = grid.repeatedCells && new Set(grid.repeatedCells.map((cell) => cell.row));
  for (let r = headerRow! + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    const fields: Record<string, unknown> = { ...blank };
    // One pass over the row's cells; its findings are kept only if the row is not empty after all.
    let problems: Finding[] | undefined;
    let empty = true;
    for (const { column, col, read, header: columnHeader, zeroIsEmpty } of readers) {
      const cell = cells[col];
      if (isCellError(cell)) {
        empty = false;
        (problems ??= []).push(finding("CELL_ERROR", cellAt(grid.name, r, col), { column: columnHeader, found: cell.error }));
      } else if (isEmptyCell(cell) || (zeroIsEmpty && cell === 0)) {
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
