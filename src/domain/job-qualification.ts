import type { Agreement } from "./agreement";
import { addDays, addMonths, type Day } from "./day";

/**
 * Whether a job counts yet (spec section 4): `mark = addMonths(start, m) − 1 day`,
 * `last = min(end, report date)`; it qualifies when `last ≥ mark`, ended too early when it ended
 * on or before the report date, and is otherwise pending. A future end date never makes it count.
 */
export type Duration =
  | { readonly kind: "qualifies"; readonly mark: Day }
  | { readonly kind: "tooShort"; readonly mark: Day }
  | { readonly kind: "pending"; readonly mark: Day };

export function jobDuration(agreement: Agreement, start: Day, end: Day | undefined, reportDate: Day): Duration {
  const mark = addDays(addMonths(start, agreement.minDurationMonths), -1);
  const last = end === undefined ? reportDate : Math.min(end, reportDate);
  if (last >= mark) return { kind: "qualifies", mark };
  if (end !== undefined && end <= reportDate) return { kind: "tooShort", mark };
  return { kind: "pending", mark };
}

/** The days after the mark within which an ending looks like gaming the threshold (spec 10.11). */
export const THRESHOLD_GAMING_DAYS = 14;

/** A qualifying job that ended (on or before the report date) within 14 days after its mark. */
export function looksLikeThresholdGaming(mark: Day, end: Day | undefined, reportDate: Day): boolean {
  return end !== undefined && end <= reportDate && end >= mark && end <= mark + THRESHOLD_GAMING_DAYS;
}
