/**
 * An exact fraction of two big integers, always reduced, with a positive denominator.
 *
 * Money must stay exact until it is shown (spec 10.13) and yearly targets may be fractional
 * (spec 10.3), so neither may pass through floating point on the way.
 */
export class Rational {
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** A fraction `numerator / denominator`, reduced. Throws `RangeError` on a zero denominator. */
  static of(numerator: bigint, denominator: bigint = 1n): Rational {
    if (denominator < 0n) return Rational.of(-numerator, -denominator);
    if (denominator === 0n) throw new RangeError("Rational: zero denominator");
    // Stryker disable next-line EqualityOperator: at 0 both branches give 0 (−0n is 0n).
    const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
    return new Rational(numerator / divisor, denominator / divisor);
  }

  /**
   * The exact value of a finite number as written in decimal (`0.25` is 1/4, `0.1` is 1/10), which is
   * what a person typed into a cell. Throws `RangeError` for NaN or infinity.
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`Rational: not a finite number: ${value}`);
    // A finite number prints as `-?digits(.digits)?(e[+-]digits)?`: 0.1 as "0.1", 1e-7 as "1e-7",
    // 1.5e21 as "1.5e+21".
    const [mantissa, exponentText] = String(value).split("e") as [string, string?];
    // The sign stays on the whole part: BigInt reads "-15" (from "-1.5") as it is.
    const [whole, fraction = ""] = mantissa.split(".") as [string, string?];
    const exponent = Number(exponentText ?? 0) - fraction.length;
    const numerator = BigInt(whole + fraction) * 10n ** BigInt(Math.max(exponent, 0));
    return Rational.of(numerator, 10n ** BigInt(Math.max(-exponent, 0)));
  }

  add(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  subtract(other: Rational): Rational {
    return this.add(other.negate());
  }

  negate(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  multiply(other: Rational): Rational {
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** Throws `RangeError` when dividing by zero. */
  divide(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  compare(other: Rational): number {
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  lessThan(other: Rational): boolean {
    return this.compare(other) < 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** Rounds to a whole number, half to even (banker's rounding), once, at the edge (spec section 5). */
  roundHalfEven(): bigint {
    const floor = floorDiv(this.numerator, this.denominator);
    const twiceRemainder = 2n * (this.numerator - floor * this.denominator);
    if (twiceRemainder < this.denominator) return floor;
    if (twiceRemainder > this.denominator) return floor + 1n;
    return floor % 2n === 0n ? floor : floor + 1n;
  }

  /** A floating-point approximation, for shares and projections shown to people. */
  toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }
}

/** The greatest common divisor of `a ≥ 0` and `b > 0` (a denominator is never 0): never 0. */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `a ÷ b` rounded down, for a positive `b` (a denominator). BigInt division rounds toward 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  // Where b divides a, a floor one too low is put right by roundHalfEven (twice the remainder is
  // then 2b > b), so `<=` and `a * b` are equivalent mutants here, left counted.
  return a % b < 0n ? quotient - 1n : quotient;
}
