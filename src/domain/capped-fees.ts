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
  // The total from the fees alone; the list of paid items (only the audit's own pricing reads it,
  // and the caps' pricing pays every candidate) is made when it is asked for.
  const fees = candidates.slice(0, paid).map(view.feeOf);
  let paidFees: readonly { readonly candidate: T; readonly fee: Money }[] | undefined;
  return {
    eligible: candidates.length,
    total: sumMoney(fees),
    paid,
    overCap: candidates.length - paid,
    get paidFees() {
      return (paidFees ??= fees.map((fee, index) => ({ candidate: candidates[index]!, fee })));
    },
  };
}

/** Orders by a day, then by ID compared as plain strings ("A-10" before "A-2", spec 10.12). */
export function byDayThenId<T>(day: (item: T) => number, id: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => day(a) - day(b) || compareIds(id(a), id(b));
}

/** Two IDs compared as plain strings, code unit by code unit (spec 10.12). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The items in `byDayThenId`'s order (a stable sort by the same keys, so the same order), each
 * item's day and ID read once. Days that lie close together (a year's start dates, the companies'
 * support starts) are ordered by counting, then each day's few items by ID: the audit orders
 * 100,000 jobs so in a fraction of a comparison sort's time.
 */
export function sortedByDayThenId<T>(items: readonly T[], day: (item: T) => number, id: (item: T) => string): T[] {
  const count = items.length;
  const days = new Float64Array(count);
  // Stryker disable next-line ArrayDeclaration: equivalent, an array grows as it is written (its length only spares the growing).
  const ids = new Array<string>(count);
  let first = Infinity;
  // Stryker disable next-line UnaryOperator: equivalent, +Infinity sends every input to the comparison sort below, which orders alike (counting only saves time).
  let last = -Infinity;
  items.forEach((item, index) => {
    const value = day(item);
    days[index] = value;
    ids[index] = id(item);
    first = Math.min(first, value);
    last = Math.max(last, value);
  });
  const byId = (a: number, b: number) => compareIds(ids[a]!, ids[b]!);
  const span = last - first + 1;
  // The guard only chooses between two sorts that order alike, so mutants that send more inputs to
  // the comparison sort are equivalent (days are whole): "true", the bound's arithmetic, `every` →
  // `some`, and `<=` → `<` (left counted: marking it would hide the killable `>`). "false" sends
  // fractional days or none to the counting sort and fails 181 domain tests (checked by hand).
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator,MethodExpression: equivalent, as said above.
  if (!(count > 0 && span <= 4 * count + 1024 && days.every(Number.isInteger))) {
    return Array.from({ length: count }, (_, index) => index).sort((a, b) => days[a]! - days[b]! || byId(a, b)).map((index) => items[index]!);
  }
  // Where each day's run begins, then every item placed in its day's run in its first order.
  const starts = new Uint32Array(span + 1);
  // (Counters are written `x = x! + 1`, not `x!++`: StrykerJS cannot instrument the latter.)
  days.forEach((value) => {
    const run = value - first + 1;
    starts[run] = starts[run]! + 1;
  });
  // Each run's count becomes where the next run starts: the sum of the counts up to it.
  let total = 0;
  starts.forEach((runCount, run) => {
    total += runCount;
    starts[run] = total;
  });
  const next = starts.slice(0, span);
  // Stryker disable next-line ArrayDeclaration: equivalent, as `ids` above.
  const order = new Array<number>(count);
  days.forEach((value, index) => {
    const run = value - first;
    const slot = next[run]!;
    next[run] = slot + 1;
    order[slot] = index;
  });
  // Each day's run, from where the one before it ends, ordered by ID where it holds several. A
  // run of one item or none is in order already, so the guard only spares a splice: "true",
  // `>= 1` and `to + from` are equivalent; "false" and `<= 1` fail 4 fee tests (checked by hand).
  let from = 0;
  starts.forEach((to) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, as said above.
    if (to - from > 1) order.splice(from, to - from, ...order.slice(from, to).sort(byId));
    from = to;
  });
  return order.map((index) => items[index]!);
}
