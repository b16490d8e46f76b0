import { audit, type AuditResult } from "../domain/audit";
import type { Day } from "../domain/day";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import { htmlReport, htmlReportBody, REPORT_STYLE } from "../report/html-report";
import { auditDocument } from "../workbook/audit-document";
import { readWorkbook } from "../workbook/read-workbook";
import { reportSheets } from "../workbook/report-sheets";
import { readWorkbookGrids } from "../xlsx/read-workbook-grids";
import { UnreadableWorkbookError } from "../xlsx/unreadable-workbook-error";
import { workbookWithSheets } from "../xlsx/workbook-with-sheets";

/**
 * The browser auditor's engine chunk: the reader and the audit, loaded only when a file is chosen, so
 * the page itself (and the in-Excel task pane, which never imports this) stays small. Everything
 * runs in the page; the file never leaves the computer.
 */
export interface BrowserAudit {
  readonly result: AuditResult;
  readonly body: string;
  readonly style: string;
  readonly html: () => string;
  readonly workbook: () => Promise<Uint8Array>;
  readonly json: () => string;
}

export const TOOL = { name: "resultatrevision", version: "browser" };

export async function auditFile(bytes: Uint8Array, file: string, choices: { preset: PresetName; today: Day; language: Language }): Promise<BrowserAudit> {
  const result = audit(readWorkbook(await readWorkbookGrids(bytes, file)), { preset: choices.preset, today: choices.today });
  const digest = await crypto.subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  const source = { file, sha256, tool: TOOL };
  return {
    result,
    body: htmlReportBody(result, source, choices.language),
    style: REPORT_STYLE,
    html: () => htmlReport(result, source, choices.language),
    workbook: () => workbookWithSheets(bytes, file, reportSheets(result, choices.language)),
    json: () => JSON.stringify(auditDocument(result, { tool: TOOL, input: { file, sha256 } }, choices.language), null, 2),
  };
}

/** A failure a user can act on, in their language; anything else in plain words. */
export function failureText(error: unknown, language: Language): string {
  if (error instanceof UnreadableWorkbookError) return error.text(language);
  return error instanceof Error ? error.message : String(error);
}
