import type ExcelJS from "exceljs";
import { audit, type AuditOptions, type AuditResult } from "../domain/audit";
import { readWorkbook } from "../workbook/read-workbook";
import { openWorkbook } from "./open-workbook";
import { sheetGrids } from "./sheet-grids";
import { streamSheetGrids } from "./stream-sheet-grids";

/**
 * Files from this size on are read row by row: a whole load needs about ten times the file's size
 * in memory per 100,000 rows. Smaller files are loaded whole, the path the report workbook takes
 * too; ExcelJS's streaming reader is the less proven of the two (it loses formula errors,
 * exceljs#3074, and once gave no output in a CI run that could not be reproduced).
 */
export const STREAM_FROM_BYTES = 4 * 1024 * 1024;

/** Reads .xlsx bytes (row by row when large, unless streaming would lose a value) and audits them. */
export async function auditXlsxBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditResult> {
  const streamed = bytes.length >= STREAM_FROM_BYTES ? await streamSheetGrids(bytes, file) : undefined;
  const grids = streamed ?? sheetGrids(await openWorkbook(bytes, file));
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
