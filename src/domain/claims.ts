import { rowsWithAgreementYear } from "./agreement-year-cells";
import type { AuditContext } from "./audit-context";
import type { Figures } from "./figures";
import { finding } from "./finding";
import { type Claim, fieldPlace, type SourceTable } from "./records";

/** The claimed figures and how the audit recomputes each (spec section 3, `Redovisning`). */
const CLAIMED: readonly [keyof Claim, (figures: Figures) => number][] = [
  ["jobs", (f) => f.jobs],
  ["residentJobs", (f) => f.residentJobs],
  ["women", (f) => f.women],
  ["focusGroup", (f) => f.focusGroup],
  ["companiesSupported", (f) => f.companiesSupported],
  // Spec 10.15: compared with the shown incentive, in whole kronor.
  ["incentiveSek", (f) => f.payout.incentive.shownKronor()],
];

/**
 * Compares every present claim cell with the recomputed figure of its year; a difference is
 * `CLAIM_MISMATCH` on the claimed cell. Empty cells are not compared; future years are compared
 * with their (zero) figures (spec 10.15). Returns the agreement years that have a mismatch.
 */
export function checkClaims(context: AuditContext, table: SourceTable<Claim> | undefined, years: readonly Figures[]): ReadonlySet<number> {
  const mismatched = new Set<number>();
  for (const row of rowsWithAgreementYear(context, table)) {
    const year = row.fields.agreementYear!;
    const figures = years[year - 1];
    if (!figures) continue;
    for (const [field, recompute] of CLAIMED) {
      const claimed = row.fields[field];
      if (claimed === undefined) continue;
      const expected = recompute(figures);
      if (claimed !== expected) {
        mismatched.add(year);
        context.findings.push(finding("CLAIM_MISMATCH", fieldPlace(table!, row.row, field), {
          year, column: table!.headers[field], field, found: claimed, expected, ...(field === "incentiveSek" ? { unit: "kronor" } : {}),
        }));
      }
    }
  }
  return mismatched;
}
