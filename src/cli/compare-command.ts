import { createHash } from "node:crypto";
import * as path from "node:path";
import { compareSubmissions, isRefusal, movesPaidYears } from "../domain/compare/compare-submissions";
import { type Day, isoDay } from "../domain/day";
import { htmlReport } from "../report/html-report";
import { compareDocument } from "../workbook/compare-document";
import { comparisonSheet } from "../workbook/report-comparison";
import { readWorkbook } from "../workbook/read-workbook";
import { readWorkbookGrids } from "../xlsx/read-workbook-grids";
import { workbookWithSheets } from "../xlsx/workbook-with-sheets";
import { languageOption, presetOption } from "./cli-options";
import { CliUsageError } from "./cli-usage-error";
import type { CliIo } from "./cli-io";
import { compareSummaryText } from "./compare-summary-text";
import { checkOutputs, readInputFile } from "./output-paths";
import { toolInfo } from "./tool-info";
import { type OutputFile, writeAll } from "./write-all";

export interface CompareFlags {
  readonly json?: string | boolean;
  readonly out?: string;
  readonly html?: string;
  readonly preset?: string;
  readonly lang?: string;
}

/**
 * `resultatrevision compare PREVIOUS.xlsx CURRENT.xlsx` (spec 12): audits each submission as of
 * its own `Avtal` report date and prints what changed since the previous one (or the JSON), and
 * writes the report workbook (the current workbook plus `Jämförelse`) and the board report with
 * its "Sedan förra rapporten" section when asked. Exit 1 when a change moves a year already paid
 * (`RETROACTIVE_CHANGE`, `ROW_REMOVED`), else 0; 2 when the comparison cannot run.
 */
export async function compareCommand(previousFile: string, currentFile: string, flags: CompareFlags, io: CliIo, today: Day): Promise<number> {
  const preset = presetOption(flags.preset);
  const language = languageOption(flags.lang);
  const jsonFile = typeof flags.json === "string" ? flags.json : undefined;
  const targets = [flags.out, jsonFile, flags.html];
  const previousInput = await readInputFile(previousFile);
  const currentInput = await readInputFile(currentFile);
  await checkOutputs(previousInput, targets);
  await checkOutputs(currentInput, targets);
  const previousBytes = previousInput.bytes;
  const currentBytes = currentInput.bytes;
  const previousName = path.basename(previousFile);
  const currentName = path.basename(currentFile);
  const previousContent = readWorkbook(await readWorkbookGrids(previousBytes, previousName));
  const currentContent = readWorkbook(await readWorkbookGrids(currentBytes, currentName));

  const outcome = compareSubmissions(previousContent, currentContent, { preset, today });
  if (isRefusal(outcome)) {
    if (outcome.refusal === "currentNotLater") {
      throw new CliUsageError("compareNotLater", { file: currentFile, previousFile, current: isoDay(outcome.currentReportDate!), previous: isoDay(outcome.previousReportDate!) });
    }
    throw new CliUsageError("compareNoReportDate", { file: outcome.refusal === "previousWithoutReportDate" ? previousFile : currentFile });
  }

  const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
  const previous = { file: previousName, sha256: sha256(previousBytes) };
  const current = { file: currentName, sha256: sha256(currentBytes) };
  const json = JSON.stringify(compareDocument(outcome, { tool: toolInfo(), previous, current }, language), null, 2) + "\n";
  // Every output or none (issue 10), as `audit` writes them.
  const outputs: OutputFile[] = [];
  if (flags.out) outputs.push([flags.out, () => workbookWithSheets(currentBytes, currentName, [comparisonSheet(outcome, { previous: previousName, current: currentName }, language)])]);
  if (jsonFile) outputs.push([jsonFile, async () => json]);
  if (flags.html) outputs.push([flags.html, async () => htmlReport(outcome.current, { ...current, tool: toolInfo() }, language, { comparison: outcome, previousFile: previousName })]);
  await writeAll(outputs);
  if (flags.json === true) io.stdout(json);
  else io.stdout(compareSummaryText(outcome, { previous: previousName, current: currentName }, language));
  return movesPaidYears(outcome) ? 1 : 0;
}
