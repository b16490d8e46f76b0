import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import { type CappedFees, payUpToCap } from "./capped-fees";
import type { ListedCompany } from "./company-register";
import type { Finding } from "./finding";
import { Money } from "./money";
import type { YearCandidates } from "./year-candidates";

/** Whether a company's support period (cut at the report date) overlaps the agreement year. */
export function supportedIn(company: ListedCompany, year: AgreementYear): boolean {
  return company.supportFrom <= year.to && company.supportTo >= year.from;
}

/**
 * Company fees of one year (spec section 5): the year's eligible supported companies, in their
 * order (support start, then Org.nr); the first `company_cap_per_year` earn `company_fee_sek` each.
 */
export function companyFees(
  agreement: Agreement,
  year: AgreementYear,
  candidates: YearCandidates,
  sheet: string,
  orgnrCol: number | undefined,
  findings: Finding[] | undefined,
): CappedFees<ListedCompany> {
  const fee = Money.kronor(agreement.companyFeeSek);
  const view = { placeOf: (company: ListedCompany) => ({ sheet, row: company.row, col: orgnrCol }), idOf: (company: ListedCompany) => company.company.orgnr, feeOf: () => fee };
  return payUpToCap(candidates.companies, view, agreement.companyCapPerYear, agreement.companyFeeSek, "company", year.year, findings);
}
