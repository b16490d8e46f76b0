import type { Agreement } from "./agreement";
import { addDays, addYears, type Day } from "./day";

/** Where an agreement year stands on the report date (spec section 9; 10.4: ending on it is complete). */
export type YearStatus = "complete" | "in-progress" | "future";

/** Agreement year *k* (avtalsår): from `start + (k−1) years` to the day before `start + k years`. */
export interface AgreementYear {
  readonly year: number;
  readonly from: Day;
  readonly to: Day;
  readonly status: YearStatus;
}

/** The agreement's years as of the report date; none without a start date (spec 10.2). */
export function agreementYears(agreement: Agreement, reportDate: Day): readonly AgreementYear[] {
  const start = agreement.startDate;
  if (start === undefined) return [];
  return Array.from({ length: agreement.years }, (_, index) => {
    const from = addYears(start, index);
    const to = addDays(addYears(start, index + 1), -1);
    const status: YearStatus = to <= reportDate ? "complete" : from <= reportDate ? "in-progress" : "future";
    return { year: index + 1, from, to, status };
  });
}

/** The agreement year a day falls in, or `undefined` outside the period. */
export function agreementYearOf(years: readonly AgreementYear[], day: Day): AgreementYear | undefined {
  // Years are few (at most 100): a linear scan is faster than anything clever.
  for (const year of years) if (day >= year.from && day <= year.to) return year;
  return undefined;
}
