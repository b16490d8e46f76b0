import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import { byDayThenId, type CappedFees, payUpToCap } from "./capped-fees";
import type { Finding } from "./finding";
import type { Job } from "./job-register";
import { Money } from "./money";
import { Rational } from "./rational";

/**
 * The fee one paid job earns (spec section 5): `hire_fee_sek`, times `part_time_factor` under
 * 100 %, times `long_term_factor` for the long-term unemployed. Exact in öre.
 */
export function hireFee(agreement: Agreement, job: Job): Money {
  let fee = Money.kronor(agreement.hireFeeSek);
  if (job.hire.rate < 1) fee = fee.times(Rational.fromNumber(agreement.partTimeFactor));
  if (job.longTermUnemployed) fee = fee.times(Rational.fromNumber(agreement.longTermFactor));
  return fee;
}

/** Whether a counted job may earn a hire fee: a listed company, a contract on file, a resident if required. */
export function earnsHireFee(agreement: Agreement, job: Job): boolean {
  // Spec 10.28: a company row with errors is still a known company.
  return job.status === "counted" && job.companyKnown && !!job.hire.contractRef && (!agreement.residentsOnly || job.resident);
}

/**
 * Hire fees of one year: fee-earning jobs of the year ordered by start date then Anställnings-ID;
 * the first `hire_cap_per_year` are paid.
 */
export function hireFees(
  agreement: Agreement,
  year: AgreementYear,
  jobs: readonly Job[],
  sheet: string,
  hireIdCol: number | undefined,
  findings: Finding[] | undefined,
): CappedFees<Job> {
  const candidates = hireCandidates(agreement, year, jobs);
  // Four fees at most (part time or not, long-term unemployed or not), each made once and shared.
  const fees: (Money | undefined)[] = [];
  const feeOf = (job: Job) => (fees[(job.hire.rate < 1 ? 1 : 0) + (job.longTermUnemployed ? 2 : 0)] ??= hireFee(agreement, job));
  const view = { placeOf: (job: Job) => ({ sheet, row: job.row, col: hireIdCol }), idOf: (job: Job) => job.hire.hireId, feeOf };
  return payUpToCap(candidates, view, agreement.hireCapPerYear, agreement.hireFeeSek, "hire", year.year, findings);
}

/**
 * The jobs list's fee-earning jobs of the year in the fees' order, kept per list, year and
 * `residents_only` (what `earnsHireFee` asks of the agreement): the audit, each payment model
 * (spec section 13) and the caps price the same year's jobs, and filter and order them once.
 * A job list is not changed once priced (the audit's are made, ordered, then only read).
 */
const ORDERED = new WeakMap<readonly Job[], Map<AgreementYear, Map<boolean, readonly Job[]>>>();

function hireCandidates(agreement: Agreement, year: AgreementYear, jobs: readonly Job[]): readonly Job[] {
  let byYear = ORDERED.get(jobs);
  if (!byYear) ORDERED.set(jobs, (byYear = new Map()));
  let byRule = byYear.get(year);
  if (!byRule) byYear.set(year, (byRule = new Map()));
  let candidates = byRule.get(agreement.residentsOnly);
  if (!candidates) {
    candidates = jobs
      .filter((job) => job.year === year && earnsHireFee(agreement, job))
      .sort(byDayThenId((job) => job.hire.startDate, (job) => job.hire.hireId));
    byRule.set(agreement.residentsOnly, candidates);
  }
  return candidates;
}
