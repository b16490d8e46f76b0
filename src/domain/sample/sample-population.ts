import { type Money, sumMoney } from "../money";
import type { PaidItem } from "./paid-item";

/** What a sample is drawn from: the paid items of the chosen agreement years, in a fixed order. */
export interface SamplePopulation {
  readonly items: readonly PaidItem[];
  readonly amount: Money;
  /** The agreement years drawn from; `undefined` is every year. */
  readonly years: readonly number[] | undefined;
}

const KIND_ORDER = { hire: 0, company: 1 } as const;

/**
 * The population of spec section 11: every paid item, optionally limited to some agreement years,
 * ordered by sheet (`Anställningar`, then `Företag`, as spec section 3 lists them, so moving a
 * sheet does not change a sample), then row, then year. The order is part of the sample: the same
 * population and seed give the same sample only because the items are always in this order.
 */
export function samplePopulation(paidItems: readonly PaidItem[], years?: readonly number[]): SamplePopulation {
  const chosen = years === undefined ? paidItems : paidItems.filter((item) => years.includes(item.year));
  const items = [...chosen].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.row - b.row || a.year - b.year);
  return { items, amount: sumMoney(items.map((item) => item.amount)), years: years === undefined ? undefined : [...years].sort((a, b) => a - b) };
}
