import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import { type Day, daysInclusive } from "./day";
import { Money } from "./money";
import { Rational } from "./rational";

/** What the municipality owes for one agreement year, exact in öre until shown (spec section 5). */
export interface Payout {
  readonly base: Money;
  readonly company: Money;
  readonly hire: Money;
  readonly incentive: Money;
  readonly total: Money;
  /** The incentive pool, `annual_grant_sek × incentive_share`; never pro-rated (spec 10.13). */
  readonly pool: Money;
}

/**
 * Base payment: `annual_grant_sek × (1 − incentive_share)`, pro rata by days for the year that
 * holds the report date (report date included, over the days of that year, spec 10.13), 0 after.
 */
export function basePayment(agreement: Agreement, year: AgreementYear, reportDate: Day): Money {
  const full = Money.kronor(agreement.annualGrantSek).times(Rational.ONE.subtract(Rational.fromNumber(agreement.incentiveShare)));
  if (year.status === "complete") return full;
  // A future year has no day elapsed (daysInclusive is 0 for a report date before it): base 0.
  const elapsed = daysInclusive(year.from, reportDate);
  return full.times(Rational.of(BigInt(elapsed), BigInt(daysInclusive(year.from, year.to))));
}

/** The incentive pool of a year. */
export function incentivePool(agreement: Agreement): Money {
  return Money.kronor(agreement.annualGrantSek).times(Rational.fromNumber(agreement.incentiveShare));
}

/** Incentive = min(company fees + hire fees, pool); total = base + incentive. */
export function payout(agreement: Agreement, year: AgreementYear, reportDate: Day, company: Money, hire: Money): Payout {
  const base = basePayment(agreement, year, reportDate);
  const pool = incentivePool(agreement);
  const incentive = company.add(hire).min(pool);
  return { base, company, hire, incentive, total: base.add(incentive), pool };
}
