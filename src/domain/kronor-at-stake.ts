import type { Agreement } from "./agreement";
import type { Finding } from "./finding";
import type { FindingCode } from "./finding-codes";

/** Codes whose job could have earned a hire fee: at stake is up to one fee per finding. */
const HIRE_FEE_AT_STAKE: ReadonlySet<FindingCode> = new Set([
  "CONTRACT_MISSING", "COMPANY_UNKNOWN", "OUTSIDE_PERIOD", "PERSON_DOUBLE_COUNTED", "THRESHOLD_GAMING", "HIRED_BEFORE_SUPPORT",
]);

/**
 * How many kronor a finding puts at stake, for ranking the board's matters (issue 13): up to one
 * `hire_fee_sek` for a job that a warning keeps from being paid or puts in doubt, one
 * `company_fee_sek` for a company outside the size band, the difference of an incentive claim, and the shortfall or excess a commitment
 * or budget finding names. `0` when a finding carries no amount (data errors, personnummer).
 */
export function kronorAtStake(item: Finding, agreement: Agreement): number {
  const found = Number(item.params.found);
  const expected = Number(item.params.expected);
  if (HIRE_FEE_AT_STAKE.has(item.code)) return agreement.hireFeeSek;
  switch (item.code) {
    case "CLAIM_MISMATCH":
      // Only the incentive claim is money; a claimed head count differing puts no amount at stake by itself.
      return item.params.field === "incentiveSek" ? Math.abs(found - expected) : 0;
    case "COMPANY_SIZE_OUTSIDE_TARGET":
      return agreement.companyFeeSek;
    case "INVESTMENT_BELOW_COMMITMENT":
    case "PROBONO_BELOW_COMMITMENT":
      return Math.max(0, expected - found);
    case "COST_OVER_BUDGET":
      return Math.max(0, found - expected);
    case "BUDGET_MISMATCH":
      return Math.abs(found - expected);
    default:
      return 0;
  }
}
