import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import { type CappedFees, payUpToCap } from "./capped-fees";
import type { Finding } from "./finding";
import type { Job } from "./job-register";
import { Money } from "./money";
import { Rational } from "./rational";
import type { YearCandidates } from "./year-candidates";

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

/** Whether a counted job may earn a hire fee whoever holds it: a listed company and a contract on file. */
export function mayEarnHireFee(job: Job): boolean {
  // Spec 10.28: a company row with errors is still a known company.
  return job.status === "counted" && job.companyKnown && !!job.hire.contractRef;
}

/** Whether a counted job may earn a hire fee under the agreement: as above, and a resident's if required. */
export function earnsHireFee(agreement: Agreement, job: Job): boolean {
  return mayEarnHireFee(job) && (!agreement.residentsOnly || job.resident);
}

/**
 * Hire fees of one year: the year's fee-earning jobs (residents' only under `residents_only`) in
 * their order (start date, then Anställnings-ID); the first `hire_cap_per_year` are paid.
 */
export function hireFees(
  agreement: Agreement,
  year: AgreementYear,
  candidates: YearCandidates,
  sheet: string,
  hireIdCol: number | undefined,
  findings: Finding[] | undefined,
): CappedFees<Job> {
  // Four fees at most (part time or not, long-term unemployed or not), each made once and shared.
  // Any four distinct slots serve, so mutants that only move a slot are equivalent (`+` → `-`,
  // `<` → `>=`); `<=` puts full and part time in one slot and fails a fee test (checked by hand).
  const fees: (Money | undefined)[] = [];
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: equivalent, as said above.
  const feeOf = (job: Job) => (fees[(job.hire.rate < 1 ? 1 : 0) + (job.longTermUnemployed ? 2 : 0)] ??= hireFee(agreement, job));
  const view = { placeOf: (job: Job) => ({ sheet, row: job.row, col: hireIdCol }), idOf: (job: Job) => job.hire.hireId, feeOf };
  const jobs = agreement.residentsOnly ? candidates.residentJobs : candidates.jobs;
  return payUpToCap(jobs, view, agreement.hireCapPerYear, agreement.hireFeeSek, "hire", year.year, findings);
}
