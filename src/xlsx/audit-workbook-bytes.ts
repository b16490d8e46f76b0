import type ExcelJS from "exceljs";
import { audit, type AuditOptions, type AuditResult } from "../domain/audit";
import { readWorkbook } from "../workbook/read-workbook";
import { openWorkbook } from "./open-workbook";
import { sheetGrids } from "./sheet-grids";
import { streamSheetGrids } from "./stream-sheet-grids";

/** Reads .xlsx bytes row by row (or whole, when streaming would lose a value) and audits them. */
export async function auditXlsxBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditResult> {
  const grids = (await streamSheetGrids(bytes, file)) ?? sheetGrids(await openWorkbook(bytes, file));
  return audit(readWorkbook(grids), options);
}

/** An audited workbook loaded whole, for writing the report copy of it. */
export interface AuditedWorkbook {
  readonly result: AuditResult;
  readonly workbook: ExcelJS.Workbook;
}

/** Loads .xlsx bytes whole and audits them; the loaded workbook becomes the report's base. */
export async function auditLoadedXlsxBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditedWorkbook> {
  const workbook = await openWorkbook(bytes, file);
  return { result: audit(readWorkbook(sheetGrids(workbook)), options), workbook };
}
