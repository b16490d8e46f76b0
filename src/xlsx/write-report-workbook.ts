import type ExcelJS from "exceljs";
import type { AuditResult } from "../domain/audit";
import type { Language } from "../domain/number-format";
import { reportSheets } from "../workbook/report-sheets";
import { writeReportSheet } from "./write-report-sheet";
import { xlsxBytes } from "./xlsx-bytes";

/**
 * The report workbook: the input's sheets as they were (values and number formats unchanged),
 * then `Granskning`, `Ersättning` and `Sammanställning`, regenerated if the input already had them.
 */
export async function reportWorkbookBytes(workbook: ExcelJS.Workbook, result: AuditResult, language: Language): Promise<Uint8Array> {
  for (const sheet of reportSheets(result, language)) writeReportSheet(workbook, sheet);
  return xlsxBytes(workbook);
}
