import { audit, type AuditResult } from "../domain/audit";
import type { Day } from "../domain/day";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import { readWorkbook } from "../workbook/read-workbook";
import { REPORT_SHEET_NAMES } from "../workbook/report-sheet";
import { findingsSheet, payoutSheet, summarySheet } from "../workbook/report-sheets";
import { templateSheets } from "../workbook/template";
import { drawSample, type SampleChoices, type SampleDraw } from "../domain/sample/draw-sample";
import { headerKey } from "../workbook/header-key";
import { sampleReportSheet } from "../workbook/sample-report-sheet";
import { SAMPLE_SHEET } from "../workbook/sample-sheet-contract";
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

/** What "Dra stickprov" did: wrote the sample, or found one already there and left it alone. */
export type SampleAnswer =
  | { readonly written: true; readonly draw: SampleDraw; readonly result: AuditResult }
  | { readonly written: false; readonly existing: string };

/**
 * "Dra stickprov": audits the open workbook, draws a sample of its paid items with the same
 * engine and seed rules as the CLI's `sample` (spec section 11), and writes the `Stickprov` sheet.
 * A sample already in the workbook is never replaced unless `replace` is set (the pane asks
 * first); no input sheet is written.
 */
export async function drawSampleIntoWorkbook(context: Excel.RequestContext, choices: AuditChoices & SampleChoices, replace: boolean): Promise<SampleAnswer> {
  const ownSheets = new Set<string>(REPORT_SHEET_NAMES);
  const grids = (await readSheetGrids(context)).filter((grid) => !ownSheets.has(grid.name));
  const existing = grids.find((grid) => [SAMPLE_SHEET.sv, SAMPLE_SHEET.en].some((name) => headerKey(name) === headerKey(grid.name)));
  if (existing && !replace) return { written: false, existing: existing.name };
  const result = audit(readWorkbook(grids.filter((grid) => grid !== existing)), choices);
  const draw = drawSample(result, choices);
  if (draw.items.length === 0) throw new Error(choices.language === "sv" ? "Det finns inga utbetalda poster att dra ett stickprov ur." : "There are no paid items to sample.");
  // An English-named sample is replaced by the Swedish one, so the workbook never holds two.
  if (existing && existing.name !== SAMPLE_SHEET.sv) context.workbook.worksheets.getItemOrNullObject(existing.name).delete();
  await writeReportSheets(context, [sampleReportSheet({ ...draw, reportDate: result.reportDate, preset: choices.preset }, choices.language)]);
  return { written: true, draw, result };
}
