import type { RawCell, SheetGrid } from "../workbook/raw-cell";

/** Cells read per batch: values and value types of 80,000 cells measure about 1.6 MB, far under the 5 MB limit. */
export const READ_CHUNK_CELLS = 80_000;

interface PlannedRead {
  readonly grid: { name: string; rows: RawCell[][] };
  readonly worksheet: Excel.Worksheet;
  readonly rowOffset: number;
  readonly colOffset: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Reads every sheet's used values in a fixed number of syncs, whatever the row count: one for the
 * sheet names, one for the used ranges, then one per batch of at most `READ_CHUNK_CELLS` cells
 * (small sheets share a batch). Dates arrive as serial numbers and errors as their text with the
 * value type "Error", which become the same raw cells ExcelJS gives the CLI.
 */
export async function readSheetGrids(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items.map((worksheet) => ({ worksheet, used: worksheet.getUsedRangeOrNullObject(true) }));
  for (const { used } of sheets) used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const grids = sheets.map(({ worksheet }) => ({ name: worksheet.name, rows: [] as RawCell[][] }));
  const batches: PlannedRead[][] = [];
  let current: PlannedRead[] = [];
  let currentCells = 0;
  sheets.forEach(({ worksheet, used }, index) => {
    if (used.isNullObject) return;
    const rowsPerChunk = Math.max(1, Math.floor(READ_CHUNK_CELLS / used.columnCount));
    for (let start = 0; start < used.rowCount; start += rowsPerChunk) {
      const rowCount = Math.min(rowsPerChunk, used.rowCount - start);
      const cells = rowCount * used.columnCount;
      if (current.length > 0 && currentCells + cells > READ_CHUNK_CELLS) {
        batches.push(current);
        current = [];
        currentCells = 0;
      }
      current.push({ grid: grids[index]!, worksheet, rowOffset: used.rowIndex + start, colOffset: used.columnIndex, rowCount, columnCount: used.columnCount });
      currentCells += cells;
    }
  });
  if (current.length > 0) batches.push(current);

  for (const batch of batches) {
    const ranges = batch.map((read) => read.worksheet.getRangeByIndexes(read.rowOffset, read.colOffset, read.rowCount, read.columnCount));
    for (const range of ranges) range.load("values,valueTypes");
    await context.sync();
    batch.forEach((read, i) => collect(read, ranges[i]!));
  }
  return grids;
}

function collect(read: PlannedRead, range: Excel.Range): void {
  const types = range.valueTypes;
  range.values.forEach((row, r) => {
    const cells: RawCell[] = new Array(read.colOffset + row.length).fill(null);
    row.forEach((value, c) => (cells[read.colOffset + c] = rawCell(value, types[r]![c]!)));
    read.grid.rows[read.rowOffset + r] = cells;
  });
}

function rawCell(value: unknown, type: Excel.RangeValueType | string): RawCell {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "") return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
}
