import type { AuditContext } from "./audit-context";
import { type Day, isoDay as iso } from "./day";
import { finding } from "./finding";
import { type Company, fieldPlace, type SourceTable } from "./records";
import { flagDuplicates } from "./unique-rows";

/** A company listed in `Företag` without an error (spec 10.9), with where its row is. */
export interface ListedCompany {
  readonly row: number;
  readonly company: Company;
  /** Within `company_min_employees..company_max_employees`: may earn the company fee. */
  readonly eligible: boolean;
  /** The support period cut at the report date (spec 10.4); `to` is undefined when nothing of it lies before. */
  readonly supportFrom: Day;
  readonly supportTo: Day;
}

/**
 * Checks the `Företag` rows (duplicates, end before start, future support start, size band) and
 * returns the companies that are listed, by organisationsnummer.
 */
export function listCompanies(context: AuditContext, table: SourceTable<Company> | undefined): ReadonlyMap<string, ListedCompany> {
  const listed = new Map<string, ListedCompany>();
  if (!table) return listed;
  const { agreement, reportDate, findings } = context;
  const duplicates = flagDuplicates(table, "orgnr", "COMPANY_DUPLICATE", findings);
  for (const row of table.rows) {
    if (row.invalid || duplicates.has(row)) continue;
    const company = row.fields as Company;
    // No end is no end before the start (`?? Infinity`, one comparison: a separate `!== undefined`
    // test could be dropped unnoticed, since `undefined < start` is false as well).
    if ((company.supportEnd ?? Number.POSITIVE_INFINITY) < company.supportStart) {
      findings.push(finding("END_BEFORE_START", fieldPlace(table, row.row, "supportEnd"), {
        column: table.headers.supportEnd, start: iso(company.supportStart), end: iso(company.supportEnd),
      }));
      continue;
    }
    if (company.supportStart > reportDate) {
      findings.push(finding("FUTURE_DATE", fieldPlace(table, row.row, "supportStart"), {
        column: table.headers.supportStart, found: iso(company.supportStart), reportDate: iso(reportDate),
      }));
      continue;
    }
    const eligible = company.employees >= agreement.companyMinEmployees && company.employees <= agreement.companyMaxEmployees;
    if (!eligible) {
      findings.push(finding("COMPANY_SIZE_OUTSIDE_TARGET", fieldPlace(table, row.row, "employees"), {
        found: company.employees, min: agreement.companyMinEmployees, max: agreement.companyMaxEmployees,
      }));
    }
    const supportTo = Math.min(company.supportEnd ?? reportDate, reportDate) as Day;
    listed.set(company.orgnr, { row: row.row, company, eligible, supportFrom: company.supportStart, supportTo });
  }
  return listed;
}

/**
 * Every Org.nr the `Företag` sheet lists, with its support start when that could be read, rows
 * with errors included (spec 10.28): a job there is at a known company, counts and earns its hire
 * fee as usual, though the company itself earns no company fee while a value it needs is invalid.
 */
export function knownCompanies(table: SourceTable<Company> | undefined): ReadonlyMap<string, Day | undefined> {
  const known = new Map<string, Day | undefined>();
  for (const row of table?.rows ?? []) {
    const { orgnr, supportStart } = row.fields;
    if (orgnr !== undefined && !known.has(orgnr)) known.set(orgnr, supportStart);
  }
  return known;
}
