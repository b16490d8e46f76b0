/**
 * A small seeded pseudo-random generator: mulberry32 (Tommy Ettinger, public domain), a 32-bit
 * state advanced by the Weyl constant 0x6D2B79F5 and mixed with `Math.imul`, shifts and xors.
 * Every step is exact 32-bit integer arithmetic, and `next()` divides a 32-bit integer by 2^32,
 * which a double holds exactly, so the same seed gives the same numbers on every machine, browser
 * and version of JavaScript. The example workbook and the audit sample (spec section 11) depend on
 * that: the same seed gives the same file and the same sample on every door. Changing this
 * algorithm changes every recorded sample; test/domain/sample pins one.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One of the items, optionally weighted. */
  pick<T>(items: readonly T[], weights?: readonly number[]): T {
    if (!weights) return items[Math.floor(this.next() * items.length)]!;
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [index, item] of items.entries()) {
      roll -= weights[index]!;
      if (roll < 0) return item;
    }
    // Reached only when rounding leaves the roll at 0 after the last weight (exactly, it is below 0).
    // Stryker disable next-line all: reached by rounding alone, which no test can aim at.
    return items[items.length - 1]!;
  }
}
