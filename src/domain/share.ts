/** A share with the counts behind it, so an auditor can check it (spec section 6). */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
  /** In [0, 1]; `null` when there is nothing to divide. */
  readonly value: number | null;
}

export function share(numerator: number, denominator: number): Share {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
