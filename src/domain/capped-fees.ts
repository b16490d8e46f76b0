import type { Finding, Place } from "./finding";
import { finding } from "./finding";
import { Money, sumMoney } from "./money";

/**
 * How to see a fee candidate (a company or a job): where its ID sits, the ID, and the fee it would
 * earn. Asked only of the candidates that need it, so a million jobs do not each get a wrapper.
 */
export interface FeeCandidates<T> {
  readonly placeOf: (item: T) => Place;
  readonly idOf: (item: T) => string;
  readonly feeOf: (item: T) => Money;
}

/** What a yearly cap let through. */
export interface CappedFees<T = unknown> {
  /** How many could earn the fee, paid or not. */
  readonly eligible: number;
  readonly total: Money;
  readonly paid: number;
  readonly overCap: number;
  /** Each paid candidate with its fee, in the agreement's order: the items an audit sample draws from (spec section 11). */
  readonly paidFees: readonly { readonly candidate: T; readonly fee: Money }[];
}

/**
 * Pays the first `cap` candidates (already in the agreement's order) and reports the rest as
 * `OVER_CAP` (spec section 5). A fee of 0 or a cap of 0 turns the fee off: nothing is paid and
 * nothing is over the cap (spec 10.12).
 */
export function payUpToCap<T>(
  candidates: readonly T[],
  view: FeeCandidates<T>,
  cap: number,
  feeSek: number,
  kind: "company" | "hire",
  year: number,
  findings: Finding[] | undefined,
): CappedFees<T> {
  if (feeSek === 0 || cap === 0) return { eligible: candidates.length, total: Money.ZERO, paid: 0, overCap: 0, paidFees: [] };
  const paid = Math.min(cap, candidates.length);
  // Without a findings list (a payment model's pricing, spec section 13) nothing is reported.
  if (findings) for (let i = paid; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    findings.push(finding("OVER_CAP", view.placeOf(candidate), { kind, found: view.idOf(candidate), cap, year }));
  }
  const paidFees = candidates.slice(0, paid).map((candidate) => ({ candidate, fee: view.feeOf(candidate) }));
  return { eligible: candidates.length, total: sumMoney(paidFees.map((item) => item.fee)), paid, overCap: candidates.length - paid, paidFees };
}

/** Orders by a day, then by ID compared as plain strings ("A-10" before "A-2", spec 10.12). */
export function byDayThenId<T>(day: (item: T) => number, id: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => day(a) - day(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}
