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
  const candidates = companyCandidates(year, companies);
  const view = { placeOf: (company: ListedCompany) => ({ sheet, row: company.row, col: orgnrCol }), idOf: (company: ListedCompany) => company.company.orgnr, feeOf: () => fee };
  return payUpToCap(candidates, view, agreement.companyCapPerYear, agreement.companyFeeSek, "company", year.year, findings);
}

/**
 * The eligible companies supported in the year in the fees' order, kept per list and year (no
 * agreement term changes who they are): the audit, each payment model (spec section 13) and the
 * caps price the same year's companies, and filter and order them once. A list given as an array
 * is not changed once priced (the audit's are made, then only read); any other iterable is read anew.
 */
const ORDERED = new WeakMap<object, Map<AgreementYear, readonly ListedCompany[]>>();

function companyCandidates(year: AgreementYear, companies: Iterable<ListedCompany>): readonly ListedCompany[] {
  const order = () => [...companies]
    .filter((company) => company.eligible && supportedIn(company, year))
    .sort(byDayThenId((company) => company.supportFrom, (company) => company.company.orgnr));
  if (!Array.isArray(companies)) return order();
  let byYear = ORDERED.get(companies);
  if (!byYear) ORDERED.set(companies, (byYear = new Map()));
  let candidates = byYear.get(year);
  if (!candidates) byYear.set(year, (candidates = order()));
  return candidates;
}
