import type { AgreementYear } from "./agreement-year";
import { addMonths, type Day } from "./day";
import type { Figures, Retention } from "./figures";
import type { Job } from "./job-register";
import type { Money } from "./money";
import type { Payout } from "./payout";
import type { Rational } from "./rational";

/** Head counts over the counted jobs of a year (spec section 6). */
export type JobCounts = Pick<
  Figures,
  "jobs" | "pendingJobs" | "residentJobs" | "women" | "men" | "otherGender" | "focusGroup" | "longTermUnemployed" | "wageSubsidy" | "retention6m" | "retention12m"
>;

/** Counts the jobs of one year; retention marks are `addMonths(start, 6|12)` without − 1 day (spec 10.23). */
export function countJobs(jobs: readonly Job[], reportDate: Day): JobCounts {
  let counted = 0, pending = 0, residents = 0, women = 0, men = 0, other = 0, focus = 0, longTerm = 0, subsidy = 0;
  const r6 = { employed: 0, known: 0 };
  const r12 = { employed: 0, known: 0 };
  for (const job of jobs) {
    if (job.status === "pending") pending++;
    if (job.status !== "counted") continue;
    const hire = job.hire;
    counted++;
    if (job.resident) residents++;
    if (hire.gender === "K") women++;
    else if (hire.gender === "M") men++;
    else other++;
    if (hire.bornOutsideEurope) focus++;
    if (job.longTermUnemployed) longTerm++;
    if (hire.wageSubsidy) subsidy++;
    followUp(r6, hire.employed6m, addMonths(hire.startDate, 6) <= reportDate);
    followUp(r12, hire.employed12m, addMonths(hire.startDate, 12) <= reportDate);
  }
  return {
    jobs: counted, pendingJobs: pending, residentJobs: residents, women, men, otherGender: other,
    focusGroup: focus, longTermUnemployed: longTerm, wageSubsidy: subsidy, retention6m: r6, retention12m: r12,
  };
}

function followUp(retention: { employed: number; known: number }, answer: boolean | undefined, due: boolean): void {
  if (!due || answer === undefined) return;
  retention.known++;
  if (answer) retention.employed++;
}

/** Everything else a year's figures hold besides the job counts. */
export interface YearMoney {
  readonly companiesSupported: number;
  readonly companiesEligible: number;
  readonly companiesPaid: number;
  readonly companiesOverCap: number;
  readonly hiresEligible: number;
  readonly hiresPaid: number;
  readonly hiresOverCap: number;
  readonly payout: Payout;
  readonly investments: Money | null;
  readonly proBono: Money | null;
}

export function yearFigures(year: AgreementYear, target: Rational, counts: JobCounts, money: YearMoney): Figures {
  return { year: year.year, from: year.from, to: year.to, status: year.status, target, ...counts, ...money };
}

/** Sums of retention counts. */
export function addRetention(a: Retention, b: Retention): Retention {
  return { employed: a.employed + b.employed, known: a.known + b.known };
}
