import { type Comparison, compareSubmissions, type CompareRefusal, isRefusal } from "../domain/compare/compare-submissions";
import type { Day } from "../domain/day";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import type { SheetGrid } from "../workbook/raw-cell";
import { readWorkbook } from "../workbook/read-workbook";
import { comparisonSheet } from "../workbook/report-comparison";
import { REPORT_SHEET_NAMES } from "../workbook/report-sheet";
import { readSheetGrids } from "./read-sheet-grids";
import { writeReportSheets } from "./write-report-sheets";

export interface CompareChoices {
  readonly preset: PresetName;
  readonly today: Day;
  readonly language: Language;
  /** The previous file's name, and what to call the open workbook, for the sheet's header. */
  readonly previousFile: string;
  readonly currentName: string;
}

/**
 * "Jämför med tidigare inlämning": compares a previous submission (already read into grids in the
 * pane, nothing uploaded) with the open workbook, and writes `Jämförelse` (spec 12). The audit's
 * own output sheets are not read as input, in either workbook. Nothing is written when the two
 * cannot be compared (a missing or not later report date): the refusal is returned.
 */
export async function compareOpenWorkbook(context: Excel.RequestContext, previousGrids: readonly SheetGrid[], choices: CompareChoices): Promise<Comparison | CompareRefusal> {
  const ownSheets = new Set<string>(REPORT_SHEET_NAMES);
  const inputOnly = (grids: readonly SheetGrid[]) => grids.filter((grid) => !ownSheets.has(grid.name));
  const current = inputOnly(await readSheetGrids(context));
  const outcome = compareSubmissions(readWorkbook(inputOnly(previousGrids)), readWorkbook(current), { preset: choices.preset, today: choices.today });
  if (!isRefusal(outcome)) {
    await writeReportSheets(context, [comparisonSheet(outcome, { previous: choices.previousFile, current: choices.currentName }, choices.language)]);
  }
  return outcome;
}
