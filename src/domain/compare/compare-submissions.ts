import { audit, type AuditResult } from "../audit";
import { type Day, isoDay } from "../day";
import { finding, type Finding } from "../finding";
import type { PresetName } from "../presets";
import { fieldPlace } from "../records";
import { resolveAgreement } from "../resolve-agreement";
import type { WorkbookContent } from "../workbook-content";
import { findingIdentities, followUpFindings, type FindingsFollowUp } from "./findings-follow-up";
import { diffSheet, type RowChange, type RowCounts } from "./row-diff";
import { type Footprints, rowFootprints, yearsMoved } from "./row-footprint";
import { type AnyRecord, type AnyTable, COMPARED_SHEETS, type ComparedSheet, IDENTITY_FIELDS, neutralValue, ROW_CELL_FIELD, shownKey, tableOf, valueKind } from "./row-identity";
import { yearDifferences, type YearDifference } from "./year-differences";

export interface CompareOptions {
  readonly preset: PresetName;
  /** Only to satisfy the audit's signature: both report dates come from the workbooks. */
  readonly today: Day;
}

/** Why two submissions cannot be compared: each must carry its own report date, the current one later. */
export interface CompareRefusal {
  readonly refusal: "previousWithoutReportDate" | "currentWithoutReportDate" | "currentNotLater";
  readonly previousReportDate?: Day;
  readonly currentReportDate?: Day;
}

/** A changed, added or removed row and the closed agreement years whose figures it moves. */
export interface ComparedChange extends RowChange {
  readonly yearsMoved: readonly number[];
}

/** One sheet in both submissions. */
export interface SheetComparison {
  readonly sheet: ComparedSheet;
  /** The sheet's name in the current workbook (the previous one's if it is gone). */
  readonly name: string;
  readonly previousTable?: AnyTable;
  readonly currentTable?: AnyTable;
  readonly counts: RowCounts;
  readonly changes: readonly ComparedChange[];
}

/** Everything a comparison of two submissions found (spec 12). */
export interface Comparison {
  readonly previous: AuditResult;
  readonly current: AuditResult;
  readonly sheets: readonly SheetComparison[];
  /** `RETROACTIVE_CHANGE` and `ROW_REMOVED`, sheet by sheet in row order. */
  readonly findings: readonly Finding[];
  readonly years: readonly YearDifference[];
  readonly followUp: FindingsFollowUp;
}

export function isRefusal(outcome: Comparison | CompareRefusal): outcome is CompareRefusal {
  return "refusal" in outcome;
}

/** Whether the comparison found something that moved a paid year: the CLI's exit 1. */
export function movesPaidYears(comparison: Comparison): boolean {
  return comparison.findings.length > 0;
}

/**
 * Compares two submissions of the same agreement (spec 12): audits each as of its own `Avtal`
 * `report_date`, relates their rows by identity, marks every change that moves a figure of an
 * agreement year complete at the previous report date, sets the years' figures side by side and
 * follows every earlier finding up. Linear in rows: maps by key, no nested scans.
 */
export function compareSubmissions(previousContent: WorkbookContent, currentContent: WorkbookContent, options: CompareOptions): Comparison | CompareRefusal {
  const previousDate = reportDateOf(previousContent, options.preset);
  const currentDate = reportDateOf(currentContent, options.preset);
  if (previousDate === undefined) return { refusal: "previousWithoutReportDate", currentReportDate: currentDate };
  if (currentDate === undefined) return { refusal: "currentWithoutReportDate", previousReportDate: previousDate };
  if (currentDate <= previousDate) return { refusal: "currentNotLater", previousReportDate: previousDate, currentReportDate: currentDate };

  const previous = audit(previousContent, { preset: options.preset, today: options.today });
  const current = audit(currentContent, { preset: options.preset, today: options.today });
  const closed = new Set(previous.years.filter((year) => year.status === "complete").map((year) => year.year as number));
  // Both as of the previous report date, so only edits (not time passing) move a closed year.
  const before = rowFootprints(previousContent, previous.agreement, previousDate, closed);
  const after = rowFootprints(currentContent, current.agreement, previousDate, closed);

  const findings: Finding[] = [];
  const diffs = COMPARED_SHEETS.map((sheet) => diffSheet(sheet, tableOf(previousContent, sheet), tableOf(currentContent, sheet)));
  // A sheet neither submission has is left out; one that only one of them has shows as all added or removed.
  const sheets = diffs.filter((diff) => diff.previousTable || diff.currentTable).map((diff): SheetComparison => {
    const changes = diff.changes.map((change) => ({ ...change, yearsMoved: movedBy(diff.sheet, change, before, after) }));
    for (const change of changes) findings.push(...retroactiveFindings(diff.sheet, change, diff.previousTable, diff.currentTable, isoDay(previousDate)));
    const name = (diff.currentTable ?? diff.previousTable)!.sheet;
    return { sheet: diff.sheet, name, previousTable: diff.previousTable, currentTable: diff.currentTable, counts: diff.counts, changes };
  });

  const followUp = followUpFindings(
    previous.findings,
    current.findings,
    findingIdentities(previousContent, diffs, "previous"),
    findingIdentities(currentContent, diffs, "current"),
  );
  return { previous, current, sheets, findings, years: yearDifferences(previous.years, current.years), followUp };
}

/**
 * Fields no figure reads (a company's name and sector, the retention follow-ups, filled in after
 * the fact by design) are not named as the cause when a row's other fields moved a paid year; if
 * nothing else changed, every changed field is named. Only `Företag` and `Anställningar` have
 * fields of these names (src/domain/records.ts), so no other sheet's fields are ever left out and
 * the sheet need not be asked.
 */
const NOT_FIGURES: ReadonlySet<string> = new Set(["name", "sector", "employed6m", "employed12m"]);

function figureFields(fields: ComparedChange["fields"]): ComparedChange["fields"] {
  const read = fields.filter((field) => !NOT_FIGURES.has(field.field));
  return read.length ? read : fields;
}

function reportDateOf(content: WorkbookContent, preset: PresetName): Day | undefined {
  return resolveAgreement(preset, content.agreementEntries, content.agreementSheet).agreement.reportDate;
}

function movedBy(sheet: ComparedSheet, change: RowChange, before: Footprints, after: Footprints): number[] {
  const old = change.previous ? before[sheet].get(change.previous.row) : undefined;
  const now = change.current ? after[sheet].get(change.current.row) : undefined;
  return yearsMoved(old, now);
}

/**
 * `RETROACTIVE_CHANGE` on the current row's cell for each changed field and closed year moved,
 * or on the row's own cell for an added row; `ROW_REMOVED` on the previous sheet's row, in words
 * since the cell no longer exists (spec 12).
 */
function retroactiveFindings(sheet: ComparedSheet, change: ComparedChange, previousTable: AnyTable | undefined, currentTable: AnyTable | undefined, previousReportDate: string): Finding[] {
  const header = (field: keyof AnyRecord) => currentTable?.headers[field] ?? previousTable?.headers[field] ?? String(field);
  const identity = IDENTITY_FIELDS[sheet];
  const row = (change.current ?? change.previous)!;
  const common = { key: shownKey(sheet, row), keyColumn: identity ? identity.map(header).join(" / ") : "", previousReportDate };
  const out: Finding[] = [];
  for (const year of change.yearsMoved) {
    if (change.kind === "removed") {
      out.push(finding("ROW_REMOVED", { sheet: previousTable!.sheet, row: change.previous!.row }, { ...common, sheetName: previousTable!.sheet, row: change.previous!.row + 1, year }));
    } else if (change.kind === "added") {
      out.push(finding("RETROACTIVE_CHANGE", fieldPlace(currentTable!, change.current!.row, ROW_CELL_FIELD[sheet]), { ...common, change: "added", year }));
    } else {
      for (const field of figureFields(change.fields)) {
        out.push(finding("RETROACTIVE_CHANGE", fieldPlace(currentTable!, change.current!.row, field.field), {
          ...common,
          change: "changed",
          column: header(field.field),
          old: neutralValue(field.field, field.old),
          new: neutralValue(field.field, field.new),
          kind: valueKind(field.field, field.new ?? field.old),
          year,
        }));
      }
    }
  }
  return out;
}
