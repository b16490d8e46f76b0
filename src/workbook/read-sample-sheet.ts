import { type Day } from "../domain/day";
import { cellAt, finding, type Finding, type Place } from "../domain/finding";
import type { SourceRow } from "../domain/records";
import type { RecordedValue, SampleItemRecord, SampleParameters, SampleSheetContent } from "../domain/sample/sample-sheet";
import { MAX_SEED, SAMPLE_METHODS, type SampleMethod } from "../domain/sample/select-sample";
import { headerKey } from "./header-key";
import { displayCell, isCellError, isEmptyCell, type RawCell, type SheetGrid } from "./raw-cell";
import { readYesNo } from "./read-choice";
import { readDate } from "./read-date";
import { readNumber } from "./read-number";
import { readFraction } from "./read-rate";
import { SAMPLE_COLUMNS, type SampleColumn, type SampleParameterKey } from "./sample-sheet-contract";

/** A cell read, or the kind of value that was expected (for the message). */
type Read<T> = { readonly value: T } | { readonly expected: string };

const ok = <T>(value: T): Read<T> => ({ value });
const bad = (expected: string): Read<never> => ({ expected });

const whole = (cell: RawCell, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  const number = typeof cell === "boolean" ? undefined : readNumber(cell);
  return number !== undefined && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
};

/** How each column's cells are read; the expected kinds name texts of `messages.ts`. */
const CELL_READERS: Record<SampleColumn["field"], (cell: RawCell) => Read<unknown>> = {
  sheet: (cell) => ok(displayCell(cell).trim()),
  row: (cell) => {
    const row = whole(cell, 1);
    return row === undefined ? bad("positiveWhole") : ok(row - 1);
  },
  id: (cell) => ok(displayCell(cell).trim()),
  year: (cell) => {
    const year = whole(cell, 1);
    return year === undefined ? bad("positiveWhole") : ok(year);
  },
  paidSek: (cell) => amount(cell),
  evidence: (cell) => yesNo(cell),
  deviation: (cell) => yesNo(cell),
  misstatedSek: (cell) => amount(cell),
  reviewedBy: (cell) => ok(displayCell(cell).trim()),
  reviewDate: (cell) => {
    const day = readDate(cell);
    return day === undefined ? bad("date") : ok(day);
  },
  comment: (cell) => ok(displayCell(cell).trim()),
};

function amount(cell: RawCell): Read<number> {
  const number = typeof cell === "boolean" ? undefined : readNumber(cell);
  return number !== undefined && number >= 0 ? ok(number) : bad("nonNegative");
}

function yesNo(cell: RawCell): Read<boolean> {
  const answer = readYesNo(cell);
  return answer === undefined ? bad("yesNo") : ok(answer);
}

/** How each parameter's value cell is read, and whether the evaluation needs it. */
const PARAMETER_READERS: Record<SampleParameterKey, { read: (cell: RawCell) => Read<unknown>; required: boolean }> = {
  method: {
    read: (cell) => {
      const method = displayCell(cell).trim().toLowerCase();
      return SAMPLE_METHODS.includes(method as SampleMethod) ? ok(method) : bad("method");
    },
    required: true,
  },
  seed: { read: (cell) => wrap(whole(cell, 0, MAX_SEED), "seed"), required: true },
  confidence: { read: (cell) => openShare(cell), required: true },
  tolerable_rate: { read: (cell) => openShare(cell), required: true },
  sample_size: { read: (cell) => wrap(whole(cell, 1), "positiveWhole"), required: true },
  population_items: { read: (cell) => wrap(whole(cell, 0), "whole"), required: true },
  population_sek: { read: (cell) => amount(cell), required: true },
  years: { read: (cell) => years(cell), required: false },
  report_date: { read: (cell) => wrap(readDate(cell), "date"), required: false },
  preset: { read: (cell) => ok(displayCell(cell).trim()), required: false },
};

function wrap<T>(value: T | undefined, expected: string): Read<T> {
  return value === undefined ? bad(expected) : ok(value);
}

function openShare(cell: RawCell): Read<number> {
  const share = typeof cell === "boolean" ? undefined : readFraction(cell);
  return share !== undefined && share > 0 && share < 1 ? ok(share) : bad("openShare");
}

/** `alla` / `all` (or empty) is every year; else whole numbers separated by commas or semicolons. */
function years(cell: RawCell): Read<readonly number[] | "all"> {
  if (isEmptyCell(cell) || /^(alla|all)$/i.test(displayCell(cell).trim())) return ok("all");
  const parts = displayCell(cell).split(/[,;]/).map((part) => part.trim());
  const numbers = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  return numbers.every((year) => Number.isInteger(year) && year >= 1) ? ok(numbers) : bad("years");
}

/** Fewer headers than this in a row and it is not the sample table's header row. */
const HEADER_MATCHES = 4;

/**
 * Reads a `Stickprov` sheet (spec section 11): its parameter rows (a key in the first column,
 * its value in the second) and the table of sampled items below them. Every cell that cannot be
 * read is `SAMPLE_INVALID` at that cell and makes its row unchecked; nothing else on the sheet is
 * judged here (no `COLUMN_UNKNOWN`: the auditor may add columns of their own).
 */
export function readSampleSheet(grid: SheetGrid, findings: Finding[]): SampleSheetContent {
  const sheet = grid.name;
  const byKey = new Map<string, SampleColumn>();
  for (const spec of SAMPLE_COLUMNS) for (const name of [spec.sv, spec.en]) byKey.set(headerKey(name), spec);
  const headerRow = grid.rows.findIndex((row) => (row ?? []).filter((cell) => typeof cell === "string" && byKey.has(headerKey(cell))).length >= HEADER_MATCHES);
  const parameters = readParameters(grid, headerRow < 0 ? grid.rows.length : headerRow, findings);
  if (headerRow < 0) {
    findings.push(finding("SAMPLE_INVALID", { sheet }, { problem: "noTable" }));
    return { sheet, parameters, table: undefined };
  }

  const columns: Partial<Record<keyof SampleItemRecord, number>> = {};
  const headers: Partial<Record<keyof SampleItemRecord, string>> = {};
  (grid.rows[headerRow] ?? []).forEach((cell, col) => {
    const spec = typeof cell === "string" ? byKey.get(headerKey(cell)) : undefined;
    if (spec && columns[spec.field] === undefined) {
      columns[spec.field] = col;
      headers[spec.field] = String(cell).trim();
    }
  });
  const missing = SAMPLE_COLUMNS.filter((spec) => spec.required && columns[spec.field] === undefined);
  for (const spec of missing) findings.push(finding("SAMPLE_INVALID", cellAt(sheet, headerRow, 0), { problem: "columnMissing", column: spec.sv, alias: spec.en }));
  if (missing.length > 0) return { sheet, parameters, table: undefined };

  const present = SAMPLE_COLUMNS.filter((spec) => columns[spec.field] !== undefined);
  const rows: SourceRow<SampleItemRecord>[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (present.every((spec) => isEmptyCell(cells[columns[spec.field]!]))) continue;
    const fields: Record<string, unknown> = {};
    let invalid = false;
    for (const spec of present) {
      const col = columns[spec.field]!;
      const cell = cells[col];
      if (isEmptyCell(cell)) continue;
      const read = isCellError(cell) ? bad(cellExpectation(spec.field)) : CELL_READERS[spec.field](cell);
      if ("value" in read) {
        fields[spec.field] = read.value;
      } else {
        invalid = true;
        findings.push(finding("SAMPLE_INVALID", cellAt(sheet, r, col), { problem: "cell", column: headers[spec.field], found: displayCell(cell), expected: read.expected }));
      }
    }
    rows.push({ row: r, fields: fields as Partial<SampleItemRecord>, invalid });
  }
  return { sheet, parameters, table: { sheet, headerRow, columns, headers, rows } };
}

/** What a column holds, for the message about an Excel error value in it. */
function cellExpectation(field: SampleColumn["field"]): string {
  return field === "evidence" || field === "deviation" ? "yesNo" : field === "reviewDate" ? "date" : field === "row" || field === "year" ? "positiveWhole" : field.endsWith("Sek") ? "nonNegative" : "text";
}

function readParameters(grid: SheetGrid, beforeRow: number, findings: Finding[]): SampleParameters {
  const sheet = grid.name;
  const found = new Map<string, { cell: RawCell; place: Place }>();
  for (let r = 0; r < beforeRow; r++) {
    const row = grid.rows[r];
    const key = row?.[0];
    if (typeof key === "string" && key.trim()) found.set(key.trim().toLowerCase(), { cell: row![1], place: cellAt(sheet, r, 1) });
  }
  const value = <T>(key: SampleParameterKey): RecordedValue<T> => {
    const entry = found.get(key);
    const { read, required } = PARAMETER_READERS[key];
    if (!entry) {
      if (required) findings.push(finding("SAMPLE_INVALID", { sheet }, { problem: "parameter", key, expected: expectationOf(key) }));
      return { value: key === "years" ? ("all" as T) : undefined, place: { sheet } };
    }
    if (isEmptyCell(entry.cell) && key !== "years") {
      if (required) findings.push(finding("SAMPLE_INVALID", entry.place, { problem: "parameter", key, expected: expectationOf(key) }));
      return { value: undefined, place: entry.place };
    }
    const read_ = isCellError(entry.cell) ? bad(expectationOf(key)) : read(entry.cell);
    if ("value" in read_) return { value: read_.value as T, place: entry.place };
    findings.push(finding("SAMPLE_INVALID", entry.place, { problem: "parameter", key, found: displayCell(entry.cell), expected: read_.expected }));
    return { value: undefined, place: entry.place };
  };
  return {
    method: value("method"),
    seed: value("seed"),
    confidence: value("confidence"),
    tolerable: value("tolerable_rate"),
    sampleSize: value("sample_size"),
    populationItems: value("population_items"),
    populationSek: value("population_sek"),
    years: value("years"),
    reportDate: value<Day>("report_date"),
  };
}

/** What a parameter should hold, for the message when it is missing. */
function expectationOf(key: SampleParameterKey): string {
  const read = PARAMETER_READERS[key].read(null);
  return "expected" in read ? read.expected : "text";
}
