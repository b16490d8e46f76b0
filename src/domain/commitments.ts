import type { AgreementYear } from "./agreement-year";
import type { AuditContext } from "./audit-context";
import { daysInclusive } from "./day";
import { finding, NOWHERE } from "./finding";
import { Money, sumMoney } from "./money";
import { Rational } from "./rational";

/**
 * The investors' commitments (spec section 7): investments against the commitment pro rata by
 * days to the report date (report date included, over the days of the period, spec 10.14), and
 * pro bono against the yearly minimum for each completed year. Both warnings sit on no sheet.
 * `undefined` amounts come from a sheet that is present but unusable (spec 10.29).
 */
export function checkCommitments(
  context: AuditContext,
  investments: ReadonlyMap<AgreementYear, Money> | undefined,
  proBono: ReadonlyMap<AgreementYear, Money> | undefined,
): void {
  const { agreement, reportDate, years, findings } = context;
  if (years.length === 0) return;
  const periodFrom = years[0]!.from;
  const periodTo = years[years.length - 1]!.to;
  const elapsed = daysInclusive(periodFrom, Math.min(reportDate, periodTo) as typeof reportDate);
  const committed = Money.kronor(agreement.investmentCommitmentSek).times(Rational.of(BigInt(elapsed), BigInt(daysInclusive(periodFrom, periodTo))));
  // Spec 10.29: an unusable sheet's amounts are unknown, so no warning can be raised on them.
  const invested = investments && sumMoney(investments.values());
  if (invested && committed.greaterThan(invested)) {
    findings.push(finding("INVESTMENT_BELOW_COMMITMENT", NOWHERE, { found: invested.shownKronor(), expected: committed.shownKronor() }));
  }
  const minimum = Money.kronor(agreement.probonoMinSekPerYear);
  if (!proBono) return;
  for (const year of years) {
    const given = proBono.get(year) ?? Money.ZERO;
    if (year.status === "complete" && minimum.greaterThan(given)) {
      findings.push(finding("PROBONO_BELOW_COMMITMENT", NOWHERE, { year: year.year, found: given.shownKronor(), expected: minimum.shownKronor() }));
    }
  }
}
