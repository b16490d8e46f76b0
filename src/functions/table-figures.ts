import type { AuditResult } from "../domain/audit";
import { today } from "../domain/day";
import type { Figures } from "../domain/figures";
import { messageOf } from "../domain/messages";
import { auditTables, type ResultTables } from "../workbook/audit-tables";
import { FunctionInputError } from "./function-input-error";

/**
 * Audits the tables a formula was given and refuses, with the reason, when they cannot be
 * audited: a table without a required column, or an agreement without a start date.
 */
export function auditFormulaTables(tables: ResultTables): AuditResult {
  const result = auditTables(tables, "botkyrka", today());
  // A table that was not passed is absent on purpose (SHARE needs no companies), so SHEET_MISSING
  // never blocks; a passed table without a required column, or no start date, does.
  const blocking = result.findings.find(
    (item) => item.code === "COLUMN_MISSING" || (item.code === "AGREEMENT_INVALID" && item.params.problem === "noStartDate"),
  );
  if (blocking) throw new FunctionInputError("value", messageOf(blocking, "en"));
  return result;
}

/** The figures of agreement year `year`, or of the whole period when it is omitted or 0. */
export function figuresOf(result: AuditResult, year: number | null | undefined): Figures {
  if (year === undefined || year === null || year === 0) return result.total;
  if (!Number.isInteger(year) || year < 1 || year > result.years.length) {
    throw new FunctionInputError("number", `Agreement year ${year} does not exist; expected 1 to ${result.years.length}, or 0 for the whole period.`);
  }
  return result.years[year - 1]!;
}
