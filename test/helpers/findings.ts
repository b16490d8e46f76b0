import type { AuditResult } from "../../src/domain/audit";
import type { Finding } from "../../src/domain/finding";
import type { FindingCode } from "../../src/domain/finding-codes";
import { messageOf } from "../../src/domain/messages";
import { cellOf } from "../../src/workbook/a1";

/** Where each finding of a code sits, as `Sheet!A1` (or the sheet, or "" for none). */
export function placesOf(result: AuditResult, code: FindingCode): string[] {
  return result.findings
    .filter((item) => item.code === code)
    .map((item) => (item.place.sheet ? (cellOf(item.place) ? `${item.place.sheet}!${cellOf(item.place)}` : item.place.sheet) : ""));
}

/** The codes of all findings, sorted and unique. */
export function codesOf(result: AuditResult): FindingCode[] {
  return [...new Set(result.findings.map((item) => item.code))].sort();
}

/** The first finding of a code; a test fails here when there is none. */
function firstOf(result: AuditResult, code: FindingCode): Finding {
  const item = result.findings.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no ${code} finding`);
  return item;
}

/** Both messages of the first finding of a code. */
export function messagesOf(result: AuditResult, code: FindingCode): { sv: string; en: string } {
  const item = firstOf(result, code);
  return { sv: messageOf(item, "sv"), en: messageOf(item, "en") };
}

/** The params of the first finding of a code. */
export function paramsOf(result: AuditResult, code: FindingCode): Finding["params"] {
  return firstOf(result, code).params;
}
