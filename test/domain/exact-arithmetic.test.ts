import { Money, sumMoney } from "../../src/domain/money";
import { Rational } from "../../src/domain/rational";

// Exact fractions and öre (spec 10.3, 10.13): the edges of reading a double, of signs and of
// rounding a half.

const parts = (value: Rational) => [value.numerator, value.denominator];

describe("exact fractions (spec 10.3)", () => {
  it("keep the sign in the numerator and the fraction in lowest terms", () => {
    expect(parts(Rational.of(2n, -4n))).toEqual([-1n, 2n]);
    expect(parts(Rational.of(-6n, 4n))).toEqual([-3n, 2n]);
    expect(parts(Rational.of(0n, 5n))).toEqual([0n, 1n]);
    expect(parts(Rational.of(7n))).toEqual([7n, 1n]);
    expect(() => Rational.of(1n, 0n)).toThrow(new RangeError("Rational: zero denominator"));
    expect(() => Rational.of(-1n, 0n)).toThrow(new RangeError("Rational: zero denominator"));
  });

  it("read a double as the decimal it prints as, exponents included", () => {
    expect(parts(Rational.fromNumber(0.1))).toEqual([1n, 10n]);
    expect(parts(Rational.fromNumber(-0.25))).toEqual([-1n, 4n]);
    expect(parts(Rational.fromNumber(123.456))).toEqual([15432n, 125n]);
    expect(parts(Rational.fromNumber(1e-7))).toEqual([1n, 10_000_000n]);
    expect(parts(Rational.fromNumber(-2.5e-8))).toEqual([-1n, 40_000_000n]);
    expect(parts(Rational.fromNumber(1.5e21))).toEqual([1_500_000_000_000_000_000_000n, 1n]);
    expect(parts(Rational.fromNumber(-3))).toEqual([-3n, 1n]);
    expect(parts(Rational.fromNumber(1e-10))).toEqual([1n, 10_000_000_000n]);
    expect(parts(Rational.fromNumber(2e21))).toEqual([2_000_000_000_000_000_000_000n, 1n]);
    expect(parts(Rational.fromNumber(0))).toEqual([0n, 1n]);
    expect(parts(Rational.fromNumber(40))).toEqual([40n, 1n]);
    expect(() => Rational.fromNumber(Number.NaN)).toThrow(new RangeError("Rational: not a finite number: NaN"));
    expect(() => Rational.fromNumber(Number.POSITIVE_INFINITY)).toThrow(new RangeError("Rational: not a finite number: Infinity"));
  });

  it("add, subtract, multiply and divide exactly", () => {
    const third = Rational.of(1n, 3n);
    const half = Rational.of(1n, 2n);
    expect(parts(third.add(half))).toEqual([5n, 6n]);
    expect(parts(third.subtract(half))).toEqual([-1n, 6n]);
    expect(parts(half.negate())).toEqual([-1n, 2n]);
    expect(parts(third.multiply(half))).toEqual([1n, 6n]);
    expect(parts(third.divide(half))).toEqual([2n, 3n]);
    expect(parts(half.divide(Rational.of(-3n)))).toEqual([-1n, 6n]);
  });

  it("compare, with equality in between", () => {
    const third = Rational.of(1n, 3n);
    const twoSixths = Rational.of(2n, 6n);
    expect(third.compare(Rational.of(1n, 2n))).toBe(-1);
    expect(Rational.of(1n, 2n).compare(third)).toBe(1);
    expect(third.compare(twoSixths)).toBe(0);
    expect(third.lessThan(twoSixths)).toBe(false);
    expect(third.lessThan(Rational.of(1n, 2n))).toBe(true);
    expect(Rational.ZERO.isZero()).toBe(true);
    expect(third.isZero()).toBe(false);
    expect(Rational.ONE.toNumber()).toBe(1);
    expect(Rational.of(1n, 4n).toNumber()).toBe(0.25);
  });

  it("round half to even, on both sides of zero", () => {
    const cases: [bigint, bigint, bigint][] = [
      [1n, 3n, 0n], [2n, 3n, 1n], [-1n, 3n, 0n], [-2n, 3n, -1n], [-7n, 3n, -2n], [-8n, 3n, -3n], [6n, 3n, 2n], [-6n, 3n, -2n],
      [1n, 2n, 0n], [3n, 2n, 2n], [-1n, 2n, 0n], [-3n, 2n, -2n], [9n, 2n, 4n], [11n, 2n, 6n],
    ];
    for (const [numerator, denominator, expected] of cases) expect([numerator, denominator, Rational.of(numerator, denominator).roundHalfEven()]).toEqual([numerator, denominator, expected]);
  });
});

describe("money in öre (spec section 5, 10.13)", () => {
  it("kronor to öre, divided per unit, never per nothing", () => {
    expect(parts(Money.kronor(1.5).ore)).toEqual([150n, 1n]);
    expect(Money.kronor(10).per(0)).toBeUndefined();
    expect(parts(Money.kronor(10).per(3)!.ore)).toEqual([1000n, 3n]);
    expect(Money.kronor(10).per(4)!.shownKronor()).toBe(2);
  });

  it("the smaller of two amounts, and greater only when strictly so", () => {
    const a = Money.kronor(1);
    const b = Money.kronor(2);
    expect(a.min(b)).toBe(a);
    expect(b.min(a)).toBe(a);
    expect(a.greaterThan(Money.kronor(1))).toBe(false);
    expect(b.greaterThan(a)).toBe(true);
    expect(a.greaterThan(b)).toBe(false);
  });

  it("sums any number of amounts, none included", () => {
    expect(sumMoney([]).shownKronor()).toBe(0);
    expect(sumMoney([Money.kronor(0.25), Money.kronor(0.25), Money.kronor(1)]).ore.compare(Money.kronor(1.5).ore)).toBe(0);
    expect(Money.kronor(-2.5).shownKronor()).toBe(-2);
    expect(Money.kronor(2).times(Rational.of(1n, 4n)).shownKronor()).toBe(0);
  });
});
