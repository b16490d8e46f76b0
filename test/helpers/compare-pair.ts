import { type Comparison, compareSubmissions, type CompareRefusal, isRefusal } from "../../src/domain/compare/compare-submissions";
import { parseIsoDay } from "../../src/domain/day";
import type { FindingCode } from "../../src/domain/finding-codes";
import type { SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { cellOf } from "../../src/workbook/a1";
import { type Build, workbook } from "./workbook-builder";

/** The previous submission's report date in the hand-built pairs: year 1 (2018) is complete and paid. */
export const PREVIOUS_DATE = "2019-06-30";
export const CURRENT_DATE = "2019-12-31";

/** A submission built like the rule tests' baseline, with its own report date. */
export function submission(build: Build = {}, reportDate = CURRENT_DATE): SheetGrid[] {
  return workbook({ ...build, agreement: [["report_date", reportDate], ...(build.agreement ?? [])] });
}

export function comparePair(previous: readonly SheetGrid[], current: readonly SheetGrid[]): Comparison | CompareRefusal {
  return compareSubmissions(readWorkbook(previous), readWorkbook(current), { preset: "botkyrka", today: parseIsoDay("2030-01-01")! });
}

/** Compares and insists the pair could be compared. */
export function compared(previous: readonly SheetGrid[], current: readonly SheetGrid[]): Comparison {
  const outcome = comparePair(previous, current);
  if (isRefusal(outcome)) throw new Error(`refused: ${outcome.refusal}`);
  return outcome;
}

/** Each comparison finding as `CODE Sheet!A1 year`. */
export function comparisonFindings(comparison: Comparison): string[] {
  return comparison.findings.map((item) => `${item.code} ${item.place.sheet}!${cellOf(item.place)} year ${item.params.year}`);
}

/** Per year: jobs, resident jobs and payout (kronor) differences, and the settlement. */
export function yearDifferencesOf(comparison: Comparison) {
  return comparison.years.map((year) => ({
    year: year.year,
    jobs: year.difference.jobs,
    residentJobs: year.difference.residentJobs,
    payoutSek: year.difference.payout.shownKronor(),
    settlement: year.settlement,
  }));
}

export function codesOfFollowUp(findings: readonly { code: FindingCode }[]): FindingCode[] {
  return findings.map((item) => item.code);
}
