import type { RawCell, SheetGrid } from "../workbook/raw-cell";
import { isPayloadTooLarge, jsonBytes, MAX_BATCH_BYTES } from "./request-budget";

/** Cells in a sheet's first read, before its rows' size is known: small enough for long texts. */
const PROBE_CELLS = 200;
/** Sheets probed in one request. */
const PROBES_PER_REQUEST = 8;
/** Bytes per cell assumed before anything is known: a number and its type ("Double"). */
const FIRST_GUESS_CELL_BYTES = 32;

/** A part of a sheet to read: rows and columns of its used range. */
interface Part {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface SheetState {
  readonly worksheet: Excel.Worksheet;
  readonly grid: { name: string; rows: RawCell[][] };
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly rowCount: number;
  readonly cols: number;
  /** The first row not yet planned. */
  next: number;
  /** The largest bytes per row measured so far (undefined before the first read). */
  rowBytes: number | undefined;
}

/** What a read measured: the largest response, and the parts refused and read again in halves. */
export interface ReadReport {
  largestResponseBytes: number;
  retries: number;
}

/**
 * Reads the used values of the workbook's sheets, leaving out those `skip` names (the add-in's own
 * output sheets: `Granskning` alone can be about 3 MB, and it is no input). Every request is sized
 * by bytes under `MAX_BATCH_BYTES`: a sheet is first read in a small probe, and its later parts
 * are sized from the largest row measured so far, so a sheet of long texts is read in more, smaller
 * parts than a sheet of numbers. A read Excel refuses for its size is read again in halves (rows,
 * then columns). Dates arrive as serial numbers and errors as their text with the value type
 * "Error", which become the raw cells the CLI's reader gives the engine.
 */
export async function readSheetGrids(context: Excel.RequestContext, skip: (name: string) => boolean = () => false, report?: ReadReport): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const wanted = worksheets.items.filter((worksheet) => !skip(worksheet.name));
  const used = wanted.map((worksheet) => worksheet.getUsedRangeOrNullObject(true));
  for (const range of used) range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const states: SheetState[] = wanted.map((worksheet, index) => {
    const range = used[index]!;
    const empty = range.isNullObject;
    return {
      worksheet,
      grid: { name: worksheet.name, rows: [] },
      rowIndex: empty ? 0 : range.rowIndex,
      colIndex: empty ? 0 : range.columnIndex,
      rowCount: empty ? 0 : range.rowCount,
      cols: empty ? 0 : range.columnCount,
      next: 0,
      rowBytes: undefined,
    };
  });

  for (;;) {
    const batch = planBatch(states);
    if (batch.length === 0) break;
    await readParts(context, states, batch, report);
  }
  return states.map((state) => state.grid);
}

/**
 * The next request. First the probes: the first rows of every sheet not yet measured (a few
 * sheets at a time), small because their size is unknown. Then parts of the measured sheets,
 * as many rows as their largest row so far lets fit in the budget.
 */
function planBatch(states: SheetState[]): Part[] {
  const probes: Part[] = [];
  for (const [sheet, state] of states.entries()) {
    if (state.rowBytes !== undefined || state.next >= state.rowCount) continue;
    const rows = Math.min(state.rowCount, Math.max(1, Math.floor(PROBE_CELLS / state.cols)));
    probes.push({ sheet, row: 0, col: 0, rows, cols: state.cols });
    state.next = rows;
    if (probes.length === PROBES_PER_REQUEST) break;
  }
  if (probes.length > 0) return probes;

  const parts: Part[] = [];
  let bytes = 0;
  for (const [sheet, state] of states.entries()) {
    while (state.next < state.rowCount) {
      const perRow = Math.max(1, state.rowBytes ?? state.cols * FIRST_GUESS_CELL_BYTES);
      const rows = Math.min(state.rowCount - state.next, Math.floor((MAX_BATCH_BYTES - bytes) / perRow));
      if (rows <= 0) {
        if (parts.length > 0) return parts;
        // A row over the budget on its own is read alone (and by columns if Excel refuses it).
        parts.push({ sheet, row: state.next, col: 0, rows: 1, cols: state.cols });
        state.next += 1;
        return parts;
      }
      parts.push({ sheet, row: state.next, col: 0, rows, cols: state.cols });
      state.next += rows;
      bytes += rows * perRow;
    }
  }
  return parts;
}

/** Loads the parts in one sync; a refusal for size reads each half again, down to single cells. */
async function readParts(context: Excel.RequestContext, states: SheetState[], parts: readonly Part[], report?: ReadReport): Promise<void> {
  const ranges = parts.map((part) => {
    const state = states[part.sheet]!;
    const range = state.worksheet.getRangeByIndexes(state.rowIndex + part.row, state.colIndex + part.col, part.rows, part.cols);
    range.load("values,valueTypes");
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    if (report) report.retries++;
    const halves = parts.length > 1 ? [parts.slice(0, parts.length >> 1), parts.slice(parts.length >> 1)] : splitPart(parts[0]!).map((part) => [part]);
    if (halves.length < 2) throw error;
    for (const half of halves) await readParts(context, states, half, report);
    return;
  }
  let responseBytes = 0;
  parts.forEach((part, index) => (responseBytes += collect(states[part.sheet]!, part, ranges[index]!)));
  if (report) report.largestResponseBytes = Math.max(report.largestResponseBytes, responseBytes);
}

/** A part in two: by rows while it has more than one, else by columns; a single cell cannot be split. */
function splitPart(part: Part): Part[] {
  if (part.rows > 1) {
    const top = part.rows >> 1;
    return [{ ...part, rows: top }, { ...part, row: part.row + top, rows: part.rows - top }];
  }
  if (part.cols > 1) {
    const left = part.cols >> 1;
    return [{ ...part, cols: left }, { ...part, col: part.col + left, cols: part.cols - left }];
  }
  return [part];
}

/** Puts a read part's cells into its grid; measures its rows' bytes for the next parts' size. */
function collect(state: SheetState, part: Part, range: Excel.Range): number {
  const types = range.valueTypes;
  let total = 0;
  let largest = 0;
  range.values.forEach((row, r) => {
    const at = state.rowIndex + part.row + r;
    const cells = (state.grid.rows[at] ??= new Array(state.colIndex + state.cols).fill(null));
    let bytes = 2;
    row.forEach((value, c) => {
      const type = types[r]![c]!;
      cells[state.colIndex + part.col + c] = rawCell(value, type);
      bytes += jsonBytes(value) + jsonBytes(type) + 2;
    });
    total += bytes;
    largest = Math.max(largest, bytes);
  });
  // A part split by columns tells a row's size in proportion.
  state.rowBytes = Math.max(state.rowBytes ?? 0, Math.ceil((largest * state.cols) / part.cols));
  return total;
}

function rawCell(value: unknown, type: Excel.RangeValueType | string): RawCell {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "") return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
}
