import type { Agreement } from "../agreement";
import { type AgreementYear, agreementYearOf, agreementYears } from "../agreement-year";
import type { AuditContext } from "../audit-context";
import { knownCompanies, listCompanies } from "../company-register";
import { supportedIn } from "../company-fees";
import type { Day } from "../day";
import { earnsHireFee, hireFee } from "../hire-fees";
import { registerJobs } from "../job-register";
import type { WorkbookContent } from "../workbook-content";
import { type AnyTable, type ComparedSheet, tableOf, valueKey } from "./row-identity";

/** What one row puts into each closed agreement year's figures, as a comparable string per year. */
export type Footprint = ReadonlyMap<number, string>;

/** Each row's footprint by 0-based row index, per sheet; rows that put nothing into a closed year are absent or empty. */
export type Footprints = Readonly<Record<ComparedSheet, ReadonlyMap<number, Footprint>>>;

/**
 * What each row contributes to the agreement years that were complete at the previous report
 * date, judged as of that date (spec 12: a retroactive change "moves a figure of a year already
 * complete at the previous submission's report date"). Both submissions are judged as of the same
 * day, so a job that only qualified since (time passing) is no change; what differs is what was
 * edited. Retention follow-up answers are not part of it: they are filled in after the fact by
 * design (spec 6) and no payment depends on them.
 *
 * The rules are the engine's own (job register, company register, hire fee), run once more.
 */
export function rowFootprints(content: WorkbookContent, agreement: Agreement, asOf: Day, closed: ReadonlySet<number>): Footprints {
  const years = agreementYears(agreement, asOf);
  const context: AuditContext = { agreement, reportDate: asOf, years, findings: [] };
  const closedYears = years.filter((year) => closed.has(year.year));

  const companies = listCompanies(context, content.companies);
  const companyPrints = new Map<number, Footprint>();
  for (const company of companies.values()) {
    const print = new Map<number, string>();
    // Supported in the year, and whether it earns a company fee then (an empty footprint moves no year, as none does).
    for (const year of closedYears) if (supportedIn(company, year)) print.set(year.year, `eligible=${company.eligible}`);
    companyPrints.set(company.row, print);
  }

  const jobPrints = new Map<number, Footprint>();
  for (const job of registerJobs(context, content.hires, companies, knownCompanies(content.companies))) {
    if (job.status !== "counted" || !job.year || !closed.has(job.year.year)) continue;
    const hire = job.hire;
    const fee = earnsHireFee(agreement, job) ? hireFee(agreement, job).shownKronor() : 0;
    const print = JSON.stringify([job.resident, hire.gender, hire.bornOutsideEurope, job.longTermUnemployed, hire.wageSubsidy, fee]);
    jobPrints.set(job.row, new Map([[job.year.year, print]]));
  }

  return {
    hires: jobPrints,
    companies: companyPrints,
    claims: perYearRows(tableOf(content, "claims"), closed),
    costs: perYearRows(tableOf(content, "costs"), closed),
    investments: datedRows(tableOf(content, "investments"), "amountSek", years, closed),
    proBono: datedRows(tableOf(content, "proBono"), "valueSek", years, closed),
  };
}

/** `Redovisning` and `Kostnader`: a row belongs to its Avtalsår; all its values are what it says about it. */
function perYearRows(table: AnyTable | undefined, closed: ReadonlySet<number>): Map<number, Footprint> {
  const prints = new Map<number, Footprint>();
  for (const row of table?.rows ?? []) {
    const year = row.fields.agreementYear;
    if (year === undefined || !closed.has(year)) continue;
    // The reader makes a row's fields in the sheet contract's order, whatever the columns' order.
    const values = JSON.stringify(Object.keys(row.fields).map((name) => [name, valueKey(row.fields[name as keyof typeof row.fields])]));
    prints.set(row.row, new Map([[year, values]]));
  }
  return prints;
}

/** `Investeringar` and `Pro bono`: a row without errors adds its amount to the year of its date. */
function datedRows(table: AnyTable | undefined, amount: "amountSek" | "valueSek", years: readonly AgreementYear[], closed: ReadonlySet<number>): Map<number, Footprint> {
  const prints = new Map<number, Footprint>();
  for (const row of table?.rows ?? []) {
    if (row.invalid || row.fields.date === undefined) continue;
    const year = agreementYearOf(years, row.fields.date);
    if (!year || !closed.has(year.year)) continue;
    prints.set(row.row, new Map([[year.year, String(row.fields[amount])]]));
  }
  return prints;
}

/** The closed years in which two footprints differ, in order. */
export function yearsMoved(before: Footprint | undefined, after: Footprint | undefined): number[] {
  const years = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  return [...years].filter((year) => before?.get(year) !== after?.get(year)).sort((a, b) => a - b);
}
