/** Defaults of spec section 11: 95 % confidence, a tolerable deviation rate of 5 %. */
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_TOLERABLE_RATE = 0.05;

/**
 * The sample size of spec section 11 (Poisson, no expected deviations, as `jfa`'s
 * `planning(likelihood = "poisson")`): `n = ceil(−ln(1 − confidence) / tolerable)`, capped at the
 * population. (0.95, 0.05) gives 60; (0.90, 0.10) gives 24. A hair is taken off before rounding up,
 * so a quotient that is a whole number in exact arithmetic does not round up from its last bit.
 */
export function sampleSize(confidence: number, tolerable: number, populationItems: number): number {
  if (!(confidence > 0 && confidence < 1) || !(tolerable > 0 && tolerable < 1)) {
    throw new RangeError(`sampleSize: confidence and tolerable rate must lie in (0, 1), got ${confidence} and ${tolerable}`);
  }
  const planned = Math.ceil(-Math.log(1 - confidence) / tolerable - 1e-9);
  return Math.min(Math.max(1, planned), populationItems);
}
