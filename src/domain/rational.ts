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
    if (denominator === 0n) throw new RangeError("Rational: zero denominator");
    if (denominator < 0n) {
      numerator = -numerator;
      denominator = -denominator;
    }
    const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
    return new Rational(numerator / divisor, denominator / divisor);
  }

  /**
   * The exact value of a finite number as written in decimal (`0.25` is 1/4, `0.1` is 1/10), which is
   * what a person typed into a cell. Throws `RangeError` for NaN or infinity.
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`Rational: not a finite number: ${value}`);
    if (Number.isInteger(value)) return Rational.of(BigInt(value));
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
    if (!match) throw new RangeError(`Rational: cannot read ${value}`);
    const [, sign, whole, fraction = "", exponentText = "0"] = match;
    let numerator = BigInt(whole! + fraction) * (sign === "-" ? -1n : 1n);
    let exponent = Number(exponentText) - fraction.length;
    let denominator = 1n;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator = 10n ** BigInt(-exponent);
    return Rational.of(numerator, denominator);
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

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? quotient - 1n : quotient;
}
