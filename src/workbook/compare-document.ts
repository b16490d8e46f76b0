import type { Comparison, ComparedChange, SheetComparison } from "../domain/compare/compare-submissions";
import { type AnyRecord, DAY_FIELDS, neutralValue, shownKey } from "../domain/compare/row-identity";
import type { ComparedFigures, YearDifference } from "../domain/compare/year-differences";
import { isoDay } from "../domain/day";
import type { Language } from "../domain/number-format";
import { isPersonnummerNumber, maskPersonnummer } from "../domain/personnummer";
import { a1 } from "./a1";
import { findingJson } from "./audit-document";

/** One submission in the comparison's header. */
export interface ComparedInput {
  readonly file: string;
  readonly sha256: string;
}

/**
 * The comparison's machine-readable result (spec 12): `schemaVersion`, both inputs with their
 * report dates, row counts per sheet, every changed row, the years side by side, and the
 * follow-up of findings. Additions beyond the spec: `summary`, `comparisonFindings` (the
 * `RETROACTIVE_CHANGE` and `ROW_REMOVED` findings). No personnummer: every value is masked.
 */
export function compareDocument(comparison: Comparison, source: { tool: { name: string; version: string }; previous: ComparedInput; current: ComparedInput }, language: Language) {
  const { previous, current } = comparison;
  return {
    schemaVersion: 1,
    tool: source.tool,
    previous: { ...source.previous, reportDate: isoDay(previous.reportDate) },
    current: { ...source.current, reportDate: isoDay(current.reportDate) },
    summary: {
      retroactiveChanges: comparison.findings.filter((item) => item.code === "RETROACTIVE_CHANGE").length,
      rowsRemoved: comparison.findings.filter((item) => item.code === "ROW_REMOVED").length,
      resolved: comparison.followUp.resolved.length,
      open: comparison.followUp.open.length,
      new: comparison.followUp.new.length,
    },
    rows: Object.fromEntries(comparison.sheets.map((sheet) => [sheet.name, { ...sheet.counts }])),
    changes: comparison.sheets.flatMap((sheet) => sheet.changes.map((change) => changeJson(sheet, change))),
    comparisonFindings: comparison.findings.map((item) => findingJson(item, language)),
    years: comparison.years.map(yearJson),
    findings: {
      resolved: comparison.followUp.resolved.map((item) => findingJson(item, language)),
      open: comparison.followUp.open.map((item) => findingJson(item, language)),
      new: comparison.followUp.new.map((item) => findingJson(item, language)),
    },
  };
}

function changeJson(sheet: SheetComparison, change: ComparedChange) {
  const row = (change.current ?? change.previous)!;
  const header = (field: keyof AnyRecord) => sheet.currentTable?.headers[field] ?? sheet.previousTable?.headers[field] ?? String(field);
  return {
    sheet: sheet.name,
    kind: change.kind,
    key: maskPersonnummer(shownKey(sheet.sheet, row)),
    previousRow: change.previous ? change.previous.row + 1 : null,
    currentRow: change.current ? change.current.row + 1 : null,
    fields: change.fields.map((field) => {
      const col = sheet.currentTable?.columns[field.field];
      return {
        field: header(field.field),
        cell: col === undefined || !change.current ? "" : a1(change.current.row, col),
        old: jsonValue(field.field, field.old),
        new: jsonValue(field.field, field.new),
      };
    }),
    yearsMoved: [...change.yearsMoved],
  };
}

/** A value as read, for JSON: dates `YYYY-MM-DD`, yes/no as booleans, text masked. */
export function jsonValue(field: string, value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && !DAY_FIELDS.has(field)) return isPersonnummerNumber(value) ? maskPersonnummer(String(value)) : value;
  return maskPersonnummer(neutralValue(field, value));
}

function figuresJson(figures: ComparedFigures) {
  return { jobs: figures.jobs, residentJobs: figures.residentJobs, payoutSek: figures.payout.shownKronor() };
}

function yearJson(year: YearDifference) {
  return {
    year: year.year,
    previousStatus: year.previousStatus ?? null,
    currentStatus: year.currentStatus ?? null,
    previous: figuresJson(year.previous),
    current: figuresJson(year.current),
    difference: figuresJson(year.difference),
    settlement: year.settlement ?? null,
  };
}
