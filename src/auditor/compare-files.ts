import { compareSubmissions, type Comparison, isRefusal } from "../domain/compare/compare-submissions";
import { type Day, isoDay } from "../domain/day";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import { COMPARISON_STYLE } from "../report/comparison-section";
import { htmlReport, htmlReportBody, REPORT_STYLE } from "../report/html-report";
import { compareDocument } from "../workbook/compare-document";
import { readWorkbook } from "../workbook/read-workbook";
import { comparisonSheet } from "../workbook/report-comparison";
import { readWorkbookGrids } from "../xlsx/read-workbook-grids";
import { workbookWithSheets } from "../xlsx/workbook-with-sheets";
import type { BrowserAudit } from "./auditor-engine";

/** The browser auditor's comparison: the current submission's report with its "Sedan förra rapporten" section. */
export interface BrowserComparison extends BrowserAudit {
  readonly comparison: Comparison;
}

const TOOL = { name: "resultatrevision", version: "browser" };

const REFUSALS = {
  previousWithoutReportDate: { sv: "{file} har inget report_date i bladet Avtal; varje inlämning granskas per sitt eget rapportdatum.", en: "{file} has no report_date in its Avtal sheet; each submission is audited as of its own report date." },
  currentWithoutReportDate: { sv: "{file} har inget report_date i bladet Avtal; varje inlämning granskas per sitt eget rapportdatum.", en: "{file} has no report_date in its Avtal sheet; each submission is audited as of its own report date." },
  currentNotLater: { sv: "{file}s rapportdatum {current} är inte senare än förra inlämningens {previous}.", en: "{file}'s report date {current} is not later than the previous submission's {previous}." },
} as const;

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Two files in, the CLI's comparison out (spec 12): read through the same door as the CLI, in the
 * page, nothing uploaded; the same JSON, the same report workbook (the current workbook plus
 * `Jämförelse`) and the same board report as `compare --json --out --html`.
 */
export async function compareFiles(
  previous: { bytes: Uint8Array; file: string },
  current: { bytes: Uint8Array; file: string },
  choices: { preset: PresetName; today: Day; language: Language },
): Promise<BrowserComparison> {
  const previousContent = readWorkbook(await readWorkbookGrids(previous.bytes, previous.file));
  const currentContent = readWorkbook(await readWorkbookGrids(current.bytes, current.file));
  const outcome = compareSubmissions(previousContent, currentContent, { preset: choices.preset, today: choices.today });
  if (isRefusal(outcome)) {
    const file = outcome.refusal === "previousWithoutReportDate" ? previous.file : current.file;
    const day = (value: Day | undefined) => (value === undefined ? "" : isoDay(value));
    const template: string = REFUSALS[outcome.refusal][choices.language];
    throw new Error(template.replace("{file}", file).replace("{current}", day(outcome.currentReportDate)).replace("{previous}", day(outcome.previousReportDate)));
  }
  const inputs = { previous: { file: previous.file, sha256: await sha256(previous.bytes) }, current: { file: current.file, sha256: await sha256(current.bytes) } };
  const source = { ...inputs.current, tool: TOOL };
  const since = { comparison: outcome, previousFile: previous.file };
  return {
    comparison: outcome,
    result: outcome.current,
    body: htmlReportBody(outcome.current, source, choices.language, since),
    style: REPORT_STYLE + COMPARISON_STYLE,
    html: () => htmlReport(outcome.current, source, choices.language, since),
    workbook: () => workbookWithSheets(current.bytes, current.file, [comparisonSheet(outcome, { previous: previous.file, current: current.file }, choices.language)]),
    json: () => JSON.stringify(compareDocument(outcome, { tool: TOOL, ...inputs }, choices.language), null, 2) + "\n",
  };
}
