import type { YearStatus } from "./agreement-year";
import type { Day } from "./day";
import type { Money } from "./money";
import type { Payout } from "./payout";
import type { Rational } from "./rational";

/** Retention at a follow-up mark: how many of those with a known answer were still employed. */
export interface Retention {
  readonly employed: number;
  readonly known: number;
}

/**
 * The audited figures of one agreement year, or of the whole period to the report date
 * (`year` is `null`; spec section 9 and 10.5). Shares and costs are derived from these by
 * `derived-figures.ts`, so every door computes them the same way.
 */
export interface Figures {
  readonly year: number | null;
  readonly from: Day;
  readonly to: Day;
  readonly status: YearStatus;
  readonly target: Rational;
  readonly jobs: number;
  readonly pendingJobs: number;
  readonly residentJobs: number;
  readonly women: number;
  readonly men: number;
  readonly otherGender: number;
  readonly focusGroup: number;
  readonly longTermUnemployed: number;
  readonly wageSubsidy: number;
  readonly retention6m: Retention;
  readonly retention12m: Retention;
  readonly companiesSupported: number;
  readonly companiesEligible: number;
  readonly companiesPaid: number;
  readonly companiesOverCap: number;
  readonly hiresEligible: number;
  readonly hiresPaid: number;
  readonly hiresOverCap: number;
  readonly payout: Payout;
  /** `null` when the sheet is present but cannot be used: unknown, not zero (spec 10.29). */
  readonly investments: Money | null;
  readonly proBono: Money | null;
}
