import gammaQuantile from "@stdlib/stats-base-dists-gamma-quantile";

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
  return Math.min(1, gammaQuantile(confidence, deviations + 1, 1) / checked);
}
