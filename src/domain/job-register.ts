import type { AgreementYear } from "./agreement-year";
import { agreementYearOf } from "./agreement-year";
import type { AuditContext } from "./audit-context";
import type { ListedCompany } from "./company-register";
import { type Day, isoDay as iso } from "./day";
import { finding, type Place } from "./finding";
import { jobDuration, looksLikeThresholdGaming } from "./job-qualification";
import { fieldPlace, type Hire, type SourceTable } from "./records";
import { personKey } from "./person-key";
import { isResident } from "./residence";
import { flagDuplicates } from "./unique-rows";

/** Why a job row does or does not count (spec section 4 and 10.8). */
export type JobStatus = "outside" | "rateBelow" | "tooShort" | "pending" | "counted" | "doubleCounted";

/** A job row without an error, with everything the figures and fees need to know about it. */
export interface Job {
  readonly row: number;
  readonly hire: Hire;
  readonly year: AgreementYear | undefined;
  readonly status: JobStatus;
  readonly resident: boolean;
  readonly longTermUnemployed: boolean;
  readonly company: ListedCompany | undefined;
  /** At an Org.nr listed in `Företag`, with or without errors on its row (spec 10.28). */
  readonly companyKnown: boolean;
}

/**
 * Checks every `Anställningar` row against the agreement and decides whether it counts.
 * Rows with an error count nowhere; each job gets at most one "does not count" finding, in the
 * order of spec 10.8; a person counts once, with their earliest qualifying job (spec 10.7).
 */
export function registerJobs(
  context: AuditContext,
  table: SourceTable<Hire> | undefined,
  companies: ReadonlyMap<string, ListedCompany>,
  known: ReadonlyMap<string, Day | undefined>,
): readonly Job[] {
  if (!table) return [];
  const { agreement, reportDate, years, findings } = context;
  const at = (row: number, field: keyof Hire): Place => fieldPlace(table, row, field);
  const duplicates = flagDuplicates(table, "hireId", "HIRE_ID_DUPLICATE", findings);
  const jobs: MutableJob[] = [];
  const periodFrom = years[0]?.from;
  const periodTo = years[years.length - 1]?.to;

  for (const row of table.rows) {
    if (row.invalid || duplicates.has(row)) continue;
    const hire = row.fields as Hire;
    // A job with no end date has not ended, so not before its start.
    if ((hire.endDate ?? Infinity) < hire.startDate) {
      findings.push(finding("END_BEFORE_START", at(row.row, "endDate"), {
        column: table.headers.endDate, start: iso(hire.startDate), end: iso(hire.endDate!),
      }));
      continue;
    }
    if (hire.startDate > reportDate) {
      findings.push(finding("FUTURE_DATE", at(row.row, "startDate"), {
        column: table.headers.startDate, found: iso(hire.startDate), reportDate: iso(reportDate),
      }));
      continue;
    }

    // Spec 10.9: checked on every job row without an error, counted or not.
    const company = companies.get(hire.orgnr);
    // `known` holds every Företag row's Org.nr, so every listed company too.
    const companyKnown = known.has(hire.orgnr);
    const supportStart = company ? company.company.supportStart : known.get(hire.orgnr);
    if (!companyKnown) {
      findings.push(finding("COMPANY_UNKNOWN", at(row.row, "orgnr"), { found: hire.orgnr }));
    } else if (supportStart !== undefined && hire.startDate < supportStart) {
      findings.push(finding("HIRED_BEFORE_SUPPORT", at(row.row, "startDate"), {
        found: iso(hire.startDate), expected: iso(supportStart),
      }));
    }

    const resident = isResident(agreement, hire.municipality);
    // Months not given: not long-term unemployed, whatever the threshold.
    const longTermUnemployed = (hire.monthsUnemployed ?? -Infinity) >= agreement.longTermMonths;
    const push = (year: AgreementYear | undefined, status: JobStatus) =>
      jobs.push({ row: row.row, hire, year, status, resident, longTermUnemployed, company, companyKnown });
    // Without a start date there are no agreement years, so no job can fall inside one (spec 10.2).
    if (years.length === 0) continue;
    const year = agreementYearOf(years, hire.startDate);
    if (!year) {
      findings.push(finding("OUTSIDE_PERIOD", at(row.row, "startDate"), {
        found: iso(hire.startDate), from: iso(periodFrom!), to: iso(periodTo!),
      }));
      push(year, "outside");
      continue;
    }
    if (hire.rate < agreement.minEmploymentRate) {
      findings.push(finding("RATE_BELOW_MINIMUM", at(row.row, "rate"), { found: hire.rate, expected: agreement.minEmploymentRate }));
      push(year, "rateBelow");
      continue;
    }
    const duration = jobDuration(agreement, hire.startDate, hire.endDate, reportDate);
    if (duration.kind !== "qualifies") {
      const tooShort = duration.kind === "tooShort";
      findings.push(finding(tooShort ? "DURATION_TOO_SHORT" : "PENDING_DURATION", at(row.row, tooShort ? "endDate" : "startDate"), {
        start: iso(hire.startDate), found: hire.endDate !== undefined ? iso(hire.endDate) : "", mark: iso(duration.mark),
        months: agreement.minDurationMonths,
      }));
      push(year, duration.kind);
      continue;
    }
    if (looksLikeThresholdGaming(duration.mark, hire.endDate, reportDate)) {
      findings.push(finding("THRESHOLD_GAMING", at(row.row, "endDate"), { found: iso(hire.endDate!), mark: iso(duration.mark) }));
    }
    // Spec 10.10: for every qualifying job inside the period, double-counted ones included.
    if (!hire.contractRef) {
      const field = table.columns.contractRef === undefined ? "hireId" : "contractRef";
      findings.push(finding("CONTRACT_MISSING", at(row.row, field), { found: hire.hireId }));
    }
    push(year, "counted");
  }
  return markDoubleCounted(context, table, jobs);
}

/**
 * A person counts once: the earliest start wins, then the earlier row (spec 10.7); a
 * personnummer is compared as its 12 digits (spec 10.25). Two passes over
 * the jobs (find each person's first job, then flag the others) instead of a sort.
 */
function markDoubleCounted(context: AuditContext, table: SourceTable<Hire>, jobs: MutableJob[]): readonly Job[] {
  const first = new Map<string, MutableJob>();
  const person = (job: MutableJob) => (job.status === "counted" && job.hire.personId ? personKey(job.hire.personId, context.reportDate) : "");
  // Each job's key once: a personnummer's takes a century check.
  const keys = jobs.map(person);
  jobs.forEach((job, index) => {
    const id = keys[index]!;
    if (!id) return;
    const best = first.get(id);
    // The jobs are in row order (SourceTable, records.ts), so on an equal start the one found
    // first, the earlier row, stays.
    if (!best || job.hire.startDate < best.hire.startDate) first.set(id, job);
  });
  for (const [index, job] of jobs.entries()) {
    const id = keys[index]!;
    // A job without a person is in no group, so it is its own first.
    const best = first.get(id) ?? job;
    if (best === job) continue;
    job.status = "doubleCounted";
    context.findings.push(finding("PERSON_DOUBLE_COUNTED", fieldPlace(table, job.row, "personId"), { found: id, firstRow: best.row + 1 }));
  }
  return jobs;
}

/** A job while the register is being built: only its status may still change. */
type MutableJob = Omit<Job, "status"> & { status: JobStatus };
