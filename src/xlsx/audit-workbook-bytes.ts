import type ExcelJS from "exceljs";
import { audit, type AuditOptions, type AuditResult } from "../domain/audit";
import { readWorkbook } from "../workbook/read-workbook";
import { openWorkbook } from "./open-workbook";
import { sheetGrids } from "./sheet-grids";

/** An audited .xlsx: the engine's result and the loaded workbook (for writing the report copy). */
export interface AuditedWorkbook {
  readonly result: AuditResult;
  readonly workbook: ExcelJS.Workbook;
}

/** Reads .xlsx bytes and audits them: the same engine the task pane and the formulas call. */
export async function auditWorkbookBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditedWorkbook> {
  const workbook = await openWorkbook(bytes, file);
  const result = audit(readWorkbook(sheetGrids(workbook)), options);
  return { result, workbook };
}
