import { Money } from "../money";
import { priceYear } from "../price-year";
import type { AuditedResults } from "./price-models";

/** What the caps kept from the foundation over the period to the report date (spec section 5). */
export interface CapsCut {
  readonly companiesOverCap: number;
  readonly hiresOverCap: number;
  /** Fees the companies and jobs over the yearly caps would have earned. */
  readonly yearlyCaps: Money;
  /** Fees within the caps that the incentive pool (`incentive_share` of the grant) did not pay. */
  readonly pool: Money;
}

/**
 * Prices the years once more without the yearly caps, so the board sees in kronor what
 * `company_cap_per_year` and `hire_cap_per_year` cut, beside what the pool cut.
 */
export function capsCut(audited: AuditedResults): CapsCut {
  const uncapped = { ...audited.agreement, companyCapPerYear: Number.MAX_SAFE_INTEGER, hireCapPerYear: Number.MAX_SAFE_INTEGER };
  let yearlyCaps = Money.ZERO;
  let pool = Money.ZERO;
  audited.years.forEach((year, index) => {
    const figures = audited.figures[index]!;
    const capped = figures.payout.company.add(figures.payout.hire);
    const free = priceYear(uncapped, year, audited.reportDate, audited.candidates[index]!, audited.places, undefined).payout;
    // A cap of 0 turns a fee off (spec 10.12): nothing was cut then.
    const company = audited.agreement.companyCapPerYear === 0 ? Money.ZERO : free.company.subtract(figures.payout.company);
    const hire = audited.agreement.hireCapPerYear === 0 ? Money.ZERO : free.hire.subtract(figures.payout.hire);
    yearlyCaps = yearlyCaps.add(company).add(hire);
    pool = pool.add(capped.subtract(figures.payout.incentive));
  });
  return { companiesOverCap: audited.total.companiesOverCap, hiresOverCap: audited.total.hiresOverCap, yearlyCaps, pool };
}
