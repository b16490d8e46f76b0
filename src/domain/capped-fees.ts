import type { Finding, Place } from "./finding";
import { finding } from "./finding";
import { Money, sumMoney } from "./money";

/** One candidate for a fee: where its ID sits, the ID, and the fee it would earn (computed only if paid). */
export interface FeeCandidate {
  readonly place: Place;
  readonly id: string;
  readonly fee: () => Money;
}

/** What a yearly cap let through. */
export interface CappedFees {
  readonly total: Money;
  readonly paid: number;
  readonly overCap: number;
}

/**
 * Pays the first `cap` candidates (already in the agreement's order) and reports the rest as
 * `OVER_CAP` (spec section 5). A fee of 0 or a cap of 0 turns the fee off: nothing is paid and
 * nothing is over the cap (spec 10.12).
 */
export function payUpToCap(
  candidates: readonly FeeCandidate[],
  cap: number,
  feeSek: number,
  kind: "company" | "hire",
  year: number,
  findings: Finding[],
): CappedFees {
  if (feeSek === 0 || cap === 0) return { total: Money.ZERO, paid: 0, overCap: 0 };
  const paid = candidates.slice(0, cap);
  const over = candidates.slice(cap);
  for (const candidate of over) findings.push(finding("OVER_CAP", candidate.place, { kind, found: candidate.id, cap, year }));
  return { total: sumMoney(paid.map((candidate) => candidate.fee())), paid: paid.length, overCap: over.length };
}

/** Orders by a day, then by ID compared as plain strings ("A-10" before "A-2", spec 10.12). */
export function byDayThenId<T>(day: (item: T) => number, id: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => day(a) - day(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}
