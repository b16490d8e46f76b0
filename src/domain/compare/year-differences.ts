import type { YearStatus } from "../agreement-year";
import type { Figures } from "../figures";
import { Money } from "../money";
import { Rational } from "../rational";

/** The figures of one agreement year that the comparison sets side by side. */
export interface ComparedFigures {
  readonly jobs: number;
  readonly residentJobs: number;
  readonly payout: Money;
}

/** One agreement year in both submissions (spec 12, "Figures"). */
export interface YearDifference {
  readonly year: number;
  /** The year's status at the previous report date: a complete year has been paid. */
  readonly previousStatus: YearStatus | undefined;
  readonly currentStatus: YearStatus | undefined;
  readonly previous: ComparedFigures;
  readonly current: ComparedFigures;
  readonly difference: ComparedFigures;
  /**
   * For a year complete at the previous report date, the payout difference is money the
   * foundation owes back (current below previous) or is owed extra; `undefined` for other years.
   */
  readonly settlement: "owed-back" | "extra" | "none" | undefined;
}

const NONE: ComparedFigures = { jobs: 0, residentJobs: 0, payout: Money.ZERO };
const MINUS_ONE = Rational.of(-1n);

function compared(figures: Figures | undefined): ComparedFigures {
  return figures ? { jobs: figures.jobs, residentJobs: figures.residentJobs, payout: figures.payout.total } : NONE;
}

/** Per agreement year (of either submission), both submissions' jobs, resident jobs and payout, and the difference. */
export function yearDifferences(previous: readonly Figures[], current: readonly Figures[]): YearDifference[] {
  const count = Math.max(previous.length, current.length);
  return Array.from({ length: count }, (_, index) => {
    const before = previous[index];
    const after = current[index];
    const a = compared(before);
    const b = compared(after);
    const payout = b.payout.add(a.payout.times(MINUS_ONE));
    const shown = payout.shownKronor();
    return {
      year: index + 1,
      previousStatus: before?.status,
      currentStatus: after?.status,
      previous: a,
      current: b,
      difference: { jobs: b.jobs - a.jobs, residentJobs: b.residentJobs - a.residentJobs, payout },
      settlement: before?.status === "complete" ? (shown < 0 ? "owed-back" : shown > 0 ? "extra" : "none") : undefined,
    };
  });
}
