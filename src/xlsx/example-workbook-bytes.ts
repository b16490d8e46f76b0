import { headerKey } from "../workbook/header-key";
import { exampleSampleSheet } from "../workbook/example-sample";
import { type ExampleOptions, exampleSheets } from "../workbook/example-workbook";
import { writeReportSheet } from "./write-report-sheet";
import { reproducibleXlsxBytes, workbookOf } from "./xlsx-bytes";

/**
 * The example workbook as .xlsx bytes, the same for the same options: its sheets as Excel tables
 * and, with defects, a filled `Stickprov` sheet (the auditor's sample, spec section 11).
 */
export async function exampleWorkbookBytes(options: ExampleOptions, write: { validations: boolean; omit?: readonly string[] }): Promise<Uint8Array> {
  const omitted = new Set((write.omit ?? []).map(headerKey));
  const sheets = exampleSheets(options).filter((sheet) => !omitted.has(headerKey(sheet.name)));
  const workbook = workbookOf(sheets, { validations: write.validations });
  if (options.defects) writeReportSheet(workbook, exampleSampleSheet(sheets));
  return reproducibleXlsxBytes(workbook);
}
