import type { Agreement } from "./agreement";
import type { AgreementYear } from "./agreement-year";
import type { Day } from "./day";
import type { Finding } from "./finding";

/** What every rule of one audit shares: the agreement, the report date, its years, and the findings so far. */
export interface AuditContext {
  readonly agreement: Agreement;
  readonly reportDate: Day;
  readonly years: readonly AgreementYear[];
  readonly findings: Finding[];
}
