/**
 * Excel on the web refuses a request or response over 5 MB. Every batch between two syncs is kept
 * well under it, estimating a cell's JSON at its length plus quotes and a comma.
 */
export const MAX_BATCH_BYTES = 2_000_000;

/** The estimated JSON size of a row of cell values. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) bytes += typeof value === "string" ? value.length * 2 + 3 : 12;
  return bytes;
}

/** Splits rows into runs whose estimated size stays under the budget (at least one row each). */
export function chunkRows<T extends readonly unknown[]>(rows: readonly T[], maxBytes = MAX_BATCH_BYTES): { start: number; rows: readonly T[] }[] {
  const chunks: { start: number; rows: T[] }[] = [];
  let current: T[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = rowBytes(row);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push({ start, rows: current });
      current = [];
      start = index;
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  });
  if (current.length > 0) chunks.push({ start, rows: current });
  return chunks;
}
