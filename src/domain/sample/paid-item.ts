import type { Money } from "../money";
import { maskPersonnummer } from "../personnummer";

/**
 * One paid item of the audit (spec section 11): a paid hire fee (a job row of `Anställningar`)
 * or a paid company fee (a company of `Företag` and one agreement year), with its fee exact in öre.
 * The fee is what the rules grant the item; the yearly incentive pool limits a year's total, not
 * any one item, so the items of a year whose pool cap bites add up to more than was paid.
 */
export interface PaidItem {
  readonly kind: "hire" | "company";
  /** The sheet as the workbook names it. */
  readonly sheet: string;
  /** 0-based row in that sheet. */
  readonly row: number;
  /** The Anställnings-ID (hire) or the Org.nr (company). */
  readonly id: string;
  readonly year: number;
  readonly amount: Money;
}

/** The paid amount in whole öre (half to even), as the sample sheet records it. */
export function paidOre(amount: Money): number {
  return Number(amount.ore.roundHalfEven());
}

/**
 * How a sampled item is recognised on the `Stickprov` sheet: sheet (case-insensitive), row,
 * identifier (a personnummer masked, as the sheet never holds one) and agreement year.
 */
export function sampleItemKey(sheet: string, row: number, id: string, year: number): string {
  return [sheet.trim().toLowerCase(), row, maskPersonnummer(id.trim()), year].join("\u0000");
}

export function keyOfItem(item: PaidItem): string {
  return sampleItemKey(item.sheet, item.row, item.id, item.year);
}
