import type { AuditResult } from "../domain/audit";
import { type Day, today } from "../domain/day";
import type { Figures } from "../domain/figures";
import { messageOf } from "../domain/messages";
import { auditTables } from "../workbook/audit-tables";
import { argumentsHash } from "./arguments-hash";
import { dateArgument } from "./date-argument";
import { FunctionInputError } from "./function-input-error";
import { tableArgument } from "./table-argument";

/** The tables a formula was given, each exactly as Excel passed it. */
export interface FormulaTables {
  readonly hires?: unknown;
  readonly companies?: unknown;
  readonly agreement?: unknown;
}

/** Results kept: a sheet of formulas over the same tables recalculates them all at once. */
const CACHE_SIZE = 8;
const cache = new Map<string, AuditResult>();

/**
 * Audits the tables a formula was given, as of `reportDate` (empty: the table's `report_date`,
 * else today), and refuses, with the reason, when they cannot be audited: a table without a
 * required column, or an agreement without a start date. Formulas over the same tables and date
 * share one audit: the cache key is a one-pass hash of the arguments as Excel passed them.
 */
export function auditFormulaTables(tables: FormulaTables, reportDate?: unknown): AuditResult {
  const asOf = optionalDate("reportDate", reportDate);
  const day = today();
  const key = `${argumentsHash([tables.hires ?? "-", tables.companies ?? "-", tables.agreement ?? "-"])}|${day}|${asOf ?? ""}`;
  let result = cache.get(key);
  if (!result) {
    result = auditTables(
      {
        hires: tables.hires === undefined ? undefined : tableArgument(tables.hires, "hires", "hires"),
        companies: tables.companies === undefined ? undefined : tableArgument(tables.companies, "companies", "companies"),
        agreement: tables.agreement === undefined ? undefined : tableArgument(tables.agreement, "agreement", "agreement"),
      },
      "botkyrka",
      day,
      asOf,
    );
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  // A table that was not passed is absent on purpose (SHARE needs no companies), so SHEET_MISSING
  // never blocks; a passed table without a required column, or no start date, does.
  const blocking = result.findings.find(
    (item) => item.code === "COLUMN_MISSING" || (item.code === "AGREEMENT_INVALID" && item.params.problem === "noStartDate"),
  );
  if (blocking) throw new FunctionInputError("value", messageOf(blocking, "en"));
  return result;
}

/** Forgets the kept results (for measuring a first calculation). */
export function forgetAuditedTables(): void {
  cache.clear();
}

/** A date argument that may be left out: empty, `""` or 0 (a desktop build's empty cell, spec 10.24) is none. */
export function optionalDate(name: string, value: unknown): Day | undefined {
  return value === undefined || value === null || value === "" || value === 0 ? undefined : dateArgument(name, value);
}

/** The figures of agreement year `year`, or of the whole period when it is omitted or 0. */
export function figuresOf(result: AuditResult, year: number | null | undefined): Figures {
  if (year === undefined || year === null || year === 0) return result.total;
  if (!Number.isInteger(year) || year < 1 || year > result.years.length) {
    throw new FunctionInputError("number", `Agreement year ${year} does not exist; expected 1 to ${result.years.length}, or 0 for the whole period.`);
  }
  return result.years[year - 1]!;
}
