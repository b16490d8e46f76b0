import type { AgreementYear } from "./agreement-year";
import type { Day } from "./day";
import type { Figures } from "./figures";
import { Money } from "./money";
import { Rational } from "./rational";
import { addRetention } from "./year-figures";

/**
 * The whole period to the report date (spec 10.5): counts and money are sums over the years,
 * `companiesSupported` counts distinct companies; shares and costs are derived from the sums.
 */
export function totalFigures(years: readonly Figures[], periodYears: readonly AgreementYear[], distinctCompanies: number, fallbackDay: Day): Figures {
  const sum = (pick: (figures: Figures) => number) => years.reduce((total, year) => total + pick(year), 0);
  const sumMoney = (pick: (figures: Figures) => Money) => years.reduce((total, year) => total.add(pick(year)), Money.ZERO);
  const last = periodYears[periodYears.length - 1];
  const status = periodYears.every((year) => year.status === "complete")
    ? "complete"
    : periodYears.every((year) => year.status === "future")
      ? "future"
      : "in-progress";
  return {
    year: null,
    from: periodYears[0]?.from ?? fallbackDay,
    to: last?.to ?? fallbackDay,
    status,
    target: years.reduce((total, year) => total.add(year.target), Rational.ZERO),
    jobs: sum((f) => f.jobs),
    pendingJobs: sum((f) => f.pendingJobs),
    residentJobs: sum((f) => f.residentJobs),
    women: sum((f) => f.women),
    men: sum((f) => f.men),
    otherGender: sum((f) => f.otherGender),
    focusGroup: sum((f) => f.focusGroup),
    longTermUnemployed: sum((f) => f.longTermUnemployed),
    wageSubsidy: sum((f) => f.wageSubsidy),
    retention6m: years.reduce((total, year) => addRetention(total, year.retention6m), { employed: 0, known: 0 }),
    retention12m: years.reduce((total, year) => addRetention(total, year.retention12m), { employed: 0, known: 0 }),
    companiesSupported: distinctCompanies,
    companiesEligible: sum((f) => f.companiesEligible),
    companiesPaid: sum((f) => f.companiesPaid),
    companiesOverCap: sum((f) => f.companiesOverCap),
    hiresEligible: sum((f) => f.hiresEligible),
    hiresPaid: sum((f) => f.hiresPaid),
    hiresOverCap: sum((f) => f.hiresOverCap),
    payout: {
      base: sumMoney((f) => f.payout.base),
      company: sumMoney((f) => f.payout.company),
      hire: sumMoney((f) => f.payout.hire),
      incentive: sumMoney((f) => f.payout.incentive),
      total: sumMoney((f) => f.payout.total),
      pool: sumMoney((f) => f.payout.pool),
    },
    investments: sumKnown(years.map((f) => f.investments)),
    proBono: sumKnown(years.map((f) => f.proBono)),
  };
}

/** A sum of amounts that is unknown when any of them is (spec 10.29). */
function sumKnown(amounts: readonly (Money | null)[]): Money | null {
  // A sheet's amounts are unknown in every year or in none (audit.ts): `some` → `every` is equivalent.
  // Stryker disable next-line MethodExpression: equivalent, as said above.
  return amounts.some((amount) => amount === null) ? null : amounts.reduce<Money>((total, amount) => total.add(amount!), Money.ZERO);
}
