import type { AgreementYear } from "./agreement-year";
import { sortedByDayThenId } from "./capped-fees";
import type { ListedCompany } from "./company-register";
import { supportedIn } from "./company-fees";
import { mayEarnHireFee } from "./hire-fees";
import type { Job } from "./job-register";

/**
 * Who may earn a fee in one agreement year, in the fees' order (spec section 5). Made once per
 * year by the audit and handed to every pricing of that year (the audit's own, each payment
 * model's in spec section 13 and the caps cut's): no agreement term changes who they are or their
 * order, only `residents_only` which of the jobs.
 */
export interface YearCandidates {
  /** Eligible companies supported in the year, by support start, then Org.nr. */
  readonly companies: readonly ListedCompany[];
  /** The year's counted jobs at a known company with a contract, by start date, then Anställnings-ID. */
  readonly jobs: readonly Job[];
  /** The same jobs, residents' only (`residents_only`). */
  readonly residentJobs: readonly Job[];
}

/** The year's fee candidates from any companies and jobs (those of other years are left out). */
export function yearCandidates(year: AgreementYear, companies: Iterable<ListedCompany>, jobs: Iterable<Job>): YearCandidates {
  const supported = [...companies].filter((company) => company.eligible && supportedIn(company, year));
  const earning = [...jobs].filter((job) => job.year === year && mayEarnHireFee(job));
  const ordered = sortedByDayThenId(earning, (job) => job.hire.startDate, (job) => job.hire.hireId);
  return {
    companies: sortedByDayThenId(supported, (company) => company.supportFrom, (company) => company.company.orgnr),
    jobs: ordered,
    residentJobs: ordered.filter((job) => job.resident),
  };
}
