import { OfficeMockObject } from "office-addin-mock";
import type { RawCell, SheetGrid } from "../../src/workbook/raw-cell";
import { serialOf } from "../../src/workbook/read-date";
import type { Day } from "../../src/domain/day";

type Value = string | number | boolean;

/**
 * Which Excel the fake plays. "desktop": a custom function gets an empty cell as 0 (older desktop
 * builds, office-js #4702) and requests have no size limit. "web": an empty cell arrives as null,
 * and a request or response over 5 MB is refused as Excel on the web refuses it, with nothing of
 * the request done.
 */
export type FakeExcelMode = "desktop" | "web";

/** Excel on the web's limit for one request or response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes of a value as the UTF-8 JSON Office.js sends. */
function utf8JsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

/** One cell of the fake workbook: what Excel would show, and a formula if one was written. */
interface FakeCell {
  value: Value;
  type: string;
  formula?: string;
}

/** Anything a test does not inspect (fonts, fills, charts): accepts every property and call. */
function sink(): any {
  const target = function () {};
  return new Proxy(target, {
    get: (_, key) => (key === "then" ? undefined : sink()),
    set: () => true,
    apply: () => sink(),
  });
}

/**
 * A fake Excel on office-addin-mock: the request context is an OfficeMockObject, its worksheets
 * hold real cells, properties can only be read after a load and a sync (as in Office.js), and
 * every sync's request size is measured.
 */
export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  readonly context: any;
  syncs = 0;
  /** The largest request (writes) and response (loads) of a sync that went through, in bytes. */
  largestRequestBytes = 0;
  largestResponseBytes = 0;
  /** Syncs refused for their size (web mode). */
  refused = 0;
  /** Recalculations asked for, and the syncs they were sent in. */
  readonly recalculations: number[] = [];
  /** Names of the sheets whose cells were loaded. */
  readonly sheetsRead = new Set<string>();
  private requestBytes = 0;
  private pending: FakeLoadable[] = [];
  private pendingWrites: (() => void)[] = [];
  private undo: (() => void)[] = [];

  constructor(
    grids: readonly SheetGrid[],
    readonly mode: FakeExcelMode = "web",
  ) {
    for (const grid of grids) this.sheets.set(grid.name, new FakeSheet(this, grid.name, grid.rows));
    const fake = this;
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          load: (_: string) => fake.queue(fake.collection),
          getItemOrNullObject: (name: string) => fake.queue(new FakeNullable(fake.sheets.get(name))),
          getItem: (name: string) => fake.sheets.get(name) ?? (() => { throw new Error(`ItemNotFound: ${name}`); })(),
          add: (name: string) => {
            if (fake.sheets.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            const sheet = new FakeSheet(fake, name, []);
            fake.sheets.set(name, sheet);
            fake.undo.push(() => fake.sheets.delete(name));
            fake.sent(200);
            return sheet;
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => undefined,
        calculate: () => fake.pendingWrites.push(() => fake.recalculations.push(fake.syncs)),
      },
    });
    Object.defineProperty(this.context.workbook.worksheets, "items", { get: () => fake.collection.read("items") });
    const mockSync = this.context.sync.bind(this.context);
    this.context.sync = async () => {
      await mockSync();
      this.sync();
    };
  }

  private readonly collection = new FakeLoadable(() => ({ items: [...this.sheets.values()] }));

  queue<T extends FakeLoadable>(loadable: T): T {
    this.pending.push(loadable);
    return loadable;
  }

  sent(bytes: number): void {
    this.requestBytes += bytes;
  }

  /** A cell write: done at the next sync, or never if that sync is refused. */
  defer(write: () => void): void {
    this.pendingWrites.push(write);
  }

  /** Undoes a structural change (a sheet deleted) if the sync it belongs to is refused. */
  onRefusal(undo: () => void): void {
    this.undo.push(undo);
  }

  private sync(): void {
    this.syncs++;
    const refuse = (code: string, bytes: number) => {
      for (const undo of this.undo.reverse()) undo();
      this.pending = [];
      this.pendingWrites = [];
      this.undo = [];
      this.requestBytes = 0;
      this.refused++;
      throw Object.assign(new Error(`${code}: ${bytes} bytes`), { code });
    };
    if (this.mode === "web" && this.requestBytes > WEB_PAYLOAD_LIMIT) refuse("RequestPayloadSizeLimitExceeded", this.requestBytes);
    for (const write of this.pendingWrites) write();
    this.pendingWrites = [];
    this.undo = [];
    this.largestRequestBytes = Math.max(this.largestRequestBytes, this.requestBytes);
    this.requestBytes = 0;
    let responseBytes = 0;
    for (const loadable of this.pending) responseBytes += loadable.arrive();
    if (this.mode === "web" && responseBytes > WEB_PAYLOAD_LIMIT) {
      for (const loadable of this.pending) loadable.forget();
      refuse("ResponsePayloadSizeLimitExceeded", responseBytes);
    }
    this.pending = [];
    this.largestResponseBytes = Math.max(this.largestResponseBytes, responseBytes);
  }

  /**
   * A sheet's cells as Excel passes `Tabell[#All]` to a custom function in this mode: a rectangle,
   * dates as serials, error cells as CustomFunctions.Error, empty cells as 0 (desktop) or null (web).
   */
  functionArgument(name: string): unknown[][] {
    const rows = this.sheets.get(name)!.cells;
    const width = Math.max(...rows.map((row) => row?.length ?? 0));
    const empty = this.mode === "desktop" ? 0 : null;
    return rows.map((row) =>
      Array.from({ length: width }, (_, c) => {
        const cell = row?.[c];
        if (!cell || cell.type === "Empty") return empty;
        if (cell.type === "Error") return new CustomFunctions.Error(cell.value as CustomFunctions.ErrorCode);
        return cell.value;
      }),
    );
  }

  /** The values of a sheet as rows, formulas shown as what they display. */
  valuesOf(name: string): Value[][] {
    return this.sheets.get(name)!.cells.map((row) => (row ?? []).map((cell) => cell?.value ?? ""));
  }
}

/** Something whose properties arrive only at the next sync after `load`. */
class FakeLoadable {
  private loaded: Record<string, unknown> | undefined;
  constructor(private readonly snapshot: () => Record<string, unknown>) {}

  load(): this {
    return this;
  }

  arrive(): number {
    this.loaded = this.snapshot();
    return Buffer.byteLength(JSON.stringify(this.loaded, (key, value) => (value instanceof FakeSheet ? value.name : value)), "utf8");
  }

  /** A refused response: nothing arrived. */
  forget(): void {
    this.loaded = undefined;
  }

  read(key: string): any {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${key} was read before load and sync`);
    return this.loaded[key];
  }
}

class FakeNullable extends FakeLoadable {
  constructor(readonly sheet: FakeSheet | undefined) {
    super(() => ({ isNullObject: sheet === undefined }));
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  delete(): void {
    this.sheet?.delete();
  }
}

export class FakeSheet {
  readonly cells: (FakeCell | undefined)[][];
  /** Every write to this sheet: where, and what kind. */
  readonly writes: { row: number; col: number; rows: number; cols: number; what: string }[] = [];
  readonly charts = { add: () => sink() };
  /** Excel tables added to this sheet: where, and the name given. */
  readonly addedTables: { row: number; col: number; rows: number; cols: number; name?: string }[] = [];
  /** Drop-down list rules set on ranges of this sheet. */
  readonly validations: { row: number; col: number; rows: number; cols: number; rule: unknown }[] = [];
  readonly tables = {
    add: (range: FakeRange) => {
      const table: { row: number; col: number; rows: number; cols: number; name?: string } = { row: range.row, col: range.col, rows: range.rows, cols: range.cols };
      this.addedTables.push(table);
      return { set name(name: string) { table.name = name; } };
    },
  };
  readonly freezePanes = sink();
  readonly autoFilter = sink();

  constructor(
    readonly owner: FakeExcel,
    readonly name: string,
    rows: readonly (readonly RawCell[] | undefined)[],
  ) {
    this.cells = rows.map((row) => (row ?? []).map(officeCell));
  }

  getUsedRangeOrNullObject(): any {
    const sheet = this;
    const loadable = new FakeLoadable(() => {
      let last = -1;
      let first = -1;
      let width = 0;
      sheet.cells.forEach((row, r) => {
        if (row?.some((cell) => cell && cell.type !== "Empty")) {
          if (first < 0) first = r;
          last = r;
          width = Math.max(width, row.length);
        }
      });
      return first < 0 ? { isNullObject: true } : { isNullObject: false, rowIndex: first, columnIndex: 0, rowCount: last - first + 1, columnCount: width };
    });
    this.owner.queue(loadable);
    return new Proxy(loadable, { get: (target, key) => (key in target ? (target as any)[key] : target.read(String(key))) });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): any {
    return new FakeRange(this, row, col, rows, cols);
  }

  getRange(): any {
    return sink();
  }

  activate(): void {}

  delete(): void {
    this.owner.sheets.delete(this.name);
    this.owner.onRefusal(() => this.owner.sheets.set(this.name, this));
    this.owner.sent(100);
  }

  write(range: FakeRange, what: string, matrix: unknown[][]): void {
    // Office.js refuses a 2-D array whose size differs from the range's ("InvalidArgument").
    if (matrix.length !== range.rows || matrix.some((row) => row.length !== range.cols)) {
      throw new Error(`InvalidArgument: ${what} of ${matrix.length}×${matrix[0]?.length} for a range of ${range.rows}×${range.cols}`);
    }
    this.owner.sent(utf8JsonBytes(matrix) + 100);
    this.owner.defer(() => {
      this.writes.push({ row: range.row, col: range.col, rows: range.rows, cols: range.cols, what });
      if (what === "numberFormat") return;
      matrix.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const row = (this.cells[range.row + r] ??= []);
          const existing = row[range.col + c];
          if (what === "formulas" && typeof value === "string" && value.startsWith("=")) {
            row[range.col + c] = { value: existing?.value ?? "", type: "String", formula: value };
          } else row[range.col + c] = officeCell(value as RawCell);
        }),
      );
    });
  }
}

class FakeRange {
  readonly format = sink();
  readonly conditionalFormats = { add: () => sink() };
  readonly dataValidation: { rule: unknown };
  private loadable: FakeLoadable | undefined;

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    const range = this;
    this.dataValidation = {
      set rule(rule: unknown) {
        range.sheet.validations.push({ row: range.row, col: range.col, rows: range.rows, cols: range.cols, rule });
      },
    };
  }

  load(): this {
    const slice = () => {
      const values: Value[][] = [];
      const valueTypes: string[][] = [];
      for (let r = 0; r < this.rows; r++) {
        const source = this.sheet.cells[this.row + r] ?? [];
        values.push(Array.from({ length: this.cols }, (_, c) => source[this.col + c]?.value ?? ""));
        valueTypes.push(Array.from({ length: this.cols }, (_, c) => source[this.col + c]?.type ?? "Empty"));
      }
      return { values, valueTypes };
    };
    this.sheet.owner.sheetsRead.add(this.sheet.name);
    this.loadable = this.sheet.owner.queue(new FakeLoadable(slice));
    return this;
  }

  get values(): Value[][] {
    if (!this.loadable) throw new Error("PropertyNotLoaded: values");
    return this.loadable.read("values");
  }
  set values(matrix: Value[][]) {
    this.sheet.write(this, "values", matrix);
  }
  get valueTypes(): string[][] {
    if (!this.loadable) throw new Error("PropertyNotLoaded: valueTypes");
    return this.loadable.read("valueTypes");
  }
  set formulas(matrix: string[][]) {
    this.sheet.write(this, "formulas", matrix);
  }
  set numberFormat(matrix: string[][]) {
    this.sheet.write(this, "numberFormat", matrix);
  }
  select(): void {}
}

/** A raw cell as Office.js reports it: dates as serials, errors as their text of type "Error". */
function officeCell(cell: RawCell): FakeCell {
  if (cell === null || cell === undefined || cell === "") return { value: "", type: "Empty" };
  if (cell instanceof Date) return { value: serialOf(Math.floor(cell.getTime() / 86_400_000) as Day), type: "Double" };
  if (typeof cell === "object") return { value: cell.error, type: "Error" };
  return { value: cell, type: typeof cell === "number" ? "Double" : typeof cell === "boolean" ? "Boolean" : "String" };
}
