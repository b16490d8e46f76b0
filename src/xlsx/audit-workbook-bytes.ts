import { audit, type AuditOptions, type AuditResult } from "../domain/audit";
import { readWorkbook } from "../workbook/read-workbook";
import { readWorkbookGrids } from "./read-workbook-grids";

/** Reads .xlsx bytes with the one reader every door uses, and audits them. */
export async function auditXlsxBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditResult> {
  return audit(readWorkbook(await readWorkbookGrids(bytes, file)), options);
}
