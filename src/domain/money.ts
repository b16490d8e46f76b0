import { Rational } from "./rational";

/**
 * An exact amount of money in öre (1 krona = 100 öre).
 *
 * Fees are whole öre; a pro-rata base may be a fraction of an öre until it is shown (spec 10.13).
 * A class rather than a number, so adding money to a head count does not compile.
 */
export class Money {
  private constructor(readonly ore: Rational) {}

  static readonly ZERO = new Money(Rational.ZERO);

  /** Whole kronor as typed in the agreement (may be a decimal such as 7500.5). */
  static kronor(amount: number): Money {
    return new Money(Rational.fromNumber(amount).multiply(Rational.of(100n)));
  }

  add(other: Money): Money {
    return new Money(this.ore.add(other.ore));
  }

  subtract(other: Money): Money {
    return new Money(this.ore.subtract(other.ore));
  }

  /** Scales by an exact factor (a share, a fee factor, a pro-rata fraction). */
  times(factor: Rational): Money {
    return new Money(this.ore.multiply(factor));
  }

  /** The exact amount per unit, for costs per job; `undefined` when there are no units. */
  per(units: number): Money | undefined {
    return units === 0 ? undefined : new Money(this.ore.divide(Rational.of(BigInt(units))));
  }

  min(other: Money): Money {
    // On a tie both are the same amount, so `<=` → `<` is an equivalent mutant (left counted:
    // marking it would hide the killable `>`).
    return this.ore.compare(other.ore) <= 0 ? this : other;
  }

  greaterThan(other: Money): boolean {
    return this.ore.compare(other.ore) > 0;
  }

  /** Whole kronor, rounded half to even from the exact value: the one rounding of a line (spec section 5). */
  shownKronor(): number {
    return Number(this.ore.divide(Rational.of(100n)).roundHalfEven());
  }
}

/**
 * Sums amounts exactly. Many amounts are one shared object (a fee, paid 100,000 times when the
 * caps are lifted): each distinct object is counted and multiplied once, which gives the same
 * exact sum as adding them one by one, for a few multiplications instead of 100,000 additions.
 */
export function sumMoney(amounts: Iterable<Money>): Money {
  const counts = new Map<Money, number>();
  for (const amount of amounts) counts.set(amount, (counts.get(amount) ?? 0) + 1);
  let total = Money.ZERO;
  // An amount counted once is added as it is, sparing a multiplication by 1: "false" is an
  // equivalent mutant (left counted: marking it would hide the killable "true").
  for (const [amount, count] of counts) total = total.add(count === 1 ? amount : amount.times(Rational.of(BigInt(count))));
  return total;
}
