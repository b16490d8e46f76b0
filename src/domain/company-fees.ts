import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import { byDayThenId, type CappedFees, payUpToCap } from "./capped-fees";
import type { ListedCompany } from "./company-register";
import type { Finding } from "./finding";
import { Money } from "./money";

/** Whether a company's support period (cut at the report date) overlaps the agreement year. */
export function supportedIn(company: ListedCompany, year: AgreementYear): boolean {
  return company.supportFrom <= year.to && company.supportTo >= year.from;
}

/**
 * Company fees of one year (spec section 5): eligible companies supported in the year, ordered by
 * support start then Org.nr; the first `company_cap_per_year` earn `company_fee_sek` each.
 */
export function companyFees(
  agreement: Agreement,
  year: AgreementYear,
  companies: Iterable<ListedCompany>,
  sheet: string,
  orgnrCol: number | undefined,
  findings: Finding[] | undefined,
): CappedFees<ListedCompany> {
  const fee = Money.kronor(agreement.companyFeeSek);
  const candidates = [...companies]
    .filter((company) => company.eligible && supportedIn(company, year))
    .sort(byDayThenId((company) => company.supportFrom, (company) => company.company.orgnr));
  const view = { placeOf: (company: ListedCompany) => ({ sheet, row: company.row, col: orgnrCol }), idOf: (company: ListedCompany) => company.company.orgnr, feeOf: () => fee };
  return payUpToCap(candidates, view, agreement.companyCapPerYear, agreement.companyFeeSek, "company", year.year, findings);
}
