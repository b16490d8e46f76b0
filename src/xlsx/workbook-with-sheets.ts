import type { ReportSheet } from "../workbook/report-sheet";
import { openWorkbook } from "./open-workbook";
import { writeReportSheet } from "./write-report-sheet";
import { xlsxBytes } from "./xlsx-bytes";

/**
 * A copy of the input workbook (its sheets as they were) with the given output sheets added,
 * each replacing an earlier copy of itself, so running twice gives the same workbook. The one
 * door through which every command writes a workbook derived from its input.
 */
export async function workbookWithSheets(bytes: Uint8Array, file: string, sheets: readonly ReportSheet[]): Promise<Uint8Array> {
  const workbook = await openWorkbook(bytes, file);
  for (const sheet of sheets) writeReportSheet(workbook, sheet);
  return xlsxBytes(workbook);
}
