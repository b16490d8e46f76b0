import type { Finding } from "./finding";
import { FINDING_CODES } from "./finding-codes";

const CODE_RANK = new Map(FINDING_CODES.map((code, index) => [code, index]));

/** The values of one 12-bit digit of the radix sort. */
const DIGITS = 4096;

/**
 * Orders findings the way an auditor walks a workbook: sheet by sheet in the workbook's order,
 * row by row, cell by cell; findings about no sheet come last. The order is total, so the same
 * workbook always gives the same list.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): readonly Finding[] {
  const sheetRank = new Map(sheetOrder.map((sheet, index) => [sheet, index]));
  const rankOf = (sheet: string) => (sheet === "" ? 63 : Math.min(62, sheetRank.get(sheet) ?? sheetOrder.length));
  // One number per finding, compared as a whole: sheet (6 bits), row (21), column (15), code (6)
  // make 48 bits, kept as two 24-bit halves. Sorted by it with four stable counting passes of 12
  // bits each (a radix sort), a 163,000-finding audit orders in a few milliseconds instead of
  // 2.8 million comparisons; ties keep the engine's own (deterministic) order.
  const count = findings.length;
  const low = new Uint32Array(count);
  const high = new Uint32Array(count);
  findings.forEach((item, index) => {
    const row = Math.min((item.place.row ?? -1) + 1, 2 ** 21 - 1);
    const col = Math.min((item.place.col ?? -1) + 1, 2 ** 15 - 1);
    const key = ((rankOf(item.place.sheet) * 2 ** 21 + row) * 2 ** 15 + col) * 64 + CODE_RANK.get(item.code)!;
    low[index] = key % 2 ** 24;
    high[index] = Math.floor(key / 2 ** 24);
  });
  let order = new Uint32Array(count).map((_, index) => index);
  let next = new Uint32Array(count);
  const starts = new Uint32Array(DIGITS);
  for (const [keys, shift] of [[low, 0], [low, 12], [high, 0], [high, 12]] as const) {
    starts.fill(0);
    // (Counters are written `x = x! + 1`, not `x!++`: StrykerJS cannot instrument the latter.)
    for (let i = 0; i < count; i++) {
      const digit = (keys[order[i]!]! >>> shift) & (DIGITS - 1);
      starts[digit] = starts[digit]! + 1;
    }
    // Each digit's count becomes where its run starts: the sum of the counts before it.
    let before = 0;
    starts.forEach((digitCount, digit) => {
      starts[digit] = before;
      before += digitCount;
    });
    for (let i = 0; i < count; i++) {
      const index = order[i]!;
      const digit = (keys[index]! >>> shift) & (DIGITS - 1);
      const slot = starts[digit]!;
      starts[digit] = slot + 1;
      next[slot] = index;
    }
    [order, next] = [next, order];
  }
  return Array.from(order, (index) => findings[index]!);
}

