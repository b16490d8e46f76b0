import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import type { CappedFees } from "./capped-fees";
import { companyFees } from "./company-fees";
import type { ListedCompany } from "./company-register";
import type { Day } from "./day";
import type { Finding } from "./finding";
import { hireFees } from "./hire-fees";
import type { Job } from "./job-register";
import { payout, type Payout } from "./payout";
import type { YearCandidates } from "./year-candidates";

/** Where the fee candidates' IDs sit, for `OVER_CAP` findings. */
export interface FeePlaces {
  readonly companySheet: string;
  readonly orgnrCol: number | undefined;
  readonly hireSheet: string;
  readonly hireIdCol: number | undefined;
}

/** What one agreement year costs under an agreement's payment terms. */
export interface PricedYear {
  readonly companies: CappedFees<ListedCompany>;
  readonly hires: CappedFees<Job>;
  readonly payout: Payout;
}

/**
 * Prices one agreement year (spec section 5): company fees, hire fees, base and incentive. The
 * audit calls it with its own agreement; the payment models (spec section 13) with another
 * agreement's payment terms over the same companies and jobs, without findings (`undefined`).
 */
export function priceYear(
  agreement: Agreement,
  year: AgreementYear,
  reportDate: Day,
  candidates: YearCandidates,
  places: FeePlaces,
  findings: Finding[] | undefined,
): PricedYear {
  const companies = companyFees(agreement, year, candidates, places.companySheet, places.orgnrCol, findings);
  const hires = hireFees(agreement, year, candidates, places.hireSheet, places.hireIdCol, findings);
  return { companies, hires, payout: payout(agreement, year, reportDate, companies.total, hires.total) };
}
