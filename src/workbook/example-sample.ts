import { audit } from "../domain/audit";
import { drawSample } from "../domain/sample/draw-sample";
import { type DataSheet, dataSheetGrid } from "./data-sheet";
import { EXAMPLE_REPORT_DATE } from "./example-workbook";
import { readWorkbook } from "./read-workbook";
import type { ReportSheet } from "./report-sheet";
import { type SampleAnswers, sampleReportSheet } from "./sample-report-sheet";

/** The seed of the example's sample: fixed, so the example workbook stays the same byte for byte. */
export const EXAMPLE_SAMPLE_SEED = 2018;

/**
 * The `Stickprov` sheet planted in the example with defects (spec section 11): 20 items drawn from
 * its paid items, filled in as an auditor would, with one deviation of 5,000 kr (`SAMPLE_DEVIATION`),
 * one answer that is no yes or no (`SAMPLE_INVALID`) and one item not yet checked
 * (`SAMPLE_INCOMPLETE`), so the conclusion (`SAMPLE_CONCLUSION`) is "incomplete".
 */
export function exampleSampleSheet(sheets: readonly DataSheet[]): ReportSheet {
  const result = audit(readWorkbook(sheets.map(dataSheetGrid)), { preset: "botkyrka", today: EXAMPLE_REPORT_DATE });
  const draw = drawSample(result, { seed: EXAMPLE_SAMPLE_SEED, size: 20 });
  const answers = (_: unknown, index: number): SampleAnswers => {
    const reviewed = { reviewedBy: "Revisor A", reviewDate: "2022-09-15" };
    if (index === 0) return { ...reviewed, evidence: "Nej", deviation: "Ja", misstatedSek: 5000, comment: "Avtalet gäller halvtid, ersättningen heltid" };
    if (index === 1) return { ...reviewed, evidence: "Ja", deviation: "kanske" };
    if (index === 2) return {};
    return { ...reviewed, evidence: "Ja", deviation: "Nej" };
  };
  return sampleReportSheet({ ...draw, reportDate: result.reportDate, preset: "botkyrka" }, "sv", answers);
}
