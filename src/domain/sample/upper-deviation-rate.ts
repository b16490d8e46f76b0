import type gammaQuantileFunction from "@stdlib/stats-base-dists-gamma-quantile";

/**
 * stdlib's gamma quantile, loaded on first use: it is some 100 modules, which an audit without a
 * `Stickprov` sheet (the CLI's every `audit --json` of such a workbook) should not wait for.
 * A plain `require` in a function: tsc's CommonJS and webpack's bundles both resolve it.
 */
let gammaQuantile: typeof gammaQuantileFunction | undefined;

/**
 * The upper deviation limit of spec section 11 (Poisson): `ub = gammaQuantile(confidence, shape
 * k + 1, rate 1) / m`, the one-sided upper confidence limit of a Poisson rate, as `jfa`'s
 * `evaluation(method = "poisson")` computes it (`stats::poisson.test(x = k, T = m,
 * alternative = "less")$conf.int[2]`). The quantile comes from stdlib, not from code of our own.
 * A rate above 1 means nothing for a share of items, so the limit is at most 1; with nothing
 * checked there is no limit (`null`).
 */
export function upperDeviationRate(confidence: number, deviations: number, checked: number): number | null {
  if (checked <= 0) return null;
  gammaQuantile ??= require("@stdlib/stats-base-dists-gamma-quantile") as typeof gammaQuantileFunction;
  return Math.min(1, gammaQuantile(confidence, deviations + 1, 1) / checked);
}
