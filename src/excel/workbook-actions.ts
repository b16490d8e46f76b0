import { audit, type AuditResult } from "../domain/audit";
import type { Day } from "../domain/day";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import { readWorkbook } from "../workbook/read-workbook";
import { REPORT_SHEET_NAMES } from "../workbook/report-sheet";
import { findingsSheet, payoutSheet, summarySheet } from "../workbook/report-sheets";
import { templateSheets } from "../workbook/template";
import { readSheetGrids } from "./read-sheet-grids";
import { writeDataSheets } from "./write-data-sheets";
import { writeReportSheets } from "./write-report-sheets";

export interface AuditChoices {
  readonly preset: PresetName;
  readonly reportDate?: Day;
  readonly today: Day;
  readonly language: Language;
}

/**
 * "Granska": reads the open workbook, audits it with the engine and writes `Granskning`
 * (replacing its own earlier copy). The audit's own sheets are never read, not even fetched:
 * they are no input. Every other sheet is, since a personnummer must not stand anywhere (spec
 * section 3) and the CLI scans every sheet for one.
 */
export async function auditOpenWorkbook(context: Excel.RequestContext, choices: AuditChoices): Promise<AuditResult> {
  const ownSheets = new Set<string>(REPORT_SHEET_NAMES);
  const grids = await readSheetGrids(context, (name) => ownSheets.has(name));
  const result = audit(readWorkbook(grids), choices);
  await writeReportSheets(context, [findingsSheet(result, choices.language)]);
  return result;
}

/** "Ersättning" and "Sammanställning": the CLI report's sheets, the summary with native charts. */
export async function writePayoutAndSummary(context: Excel.RequestContext, result: AuditResult, language: Language): Promise<void> {
  await writeReportSheets(context, [payoutSheet(result, language), summarySheet(result, language)]);
}

/** "Skapa mall": the template's sheets; existing sheets are left alone. */
export async function createTemplate(context: Excel.RequestContext, preset: PresetName, start?: Day) {
  return writeDataSheets(context, templateSheets(preset, start));
}

/** Selects a finding's cell, so a click in the pane shows it. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
