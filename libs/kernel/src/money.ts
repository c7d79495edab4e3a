import type DecimalJs from 'decimal.js';
import { Decimal } from './decimal';

/**
 * An amount of one currency, held as a decimal (never a JavaScript float) and serialised as a decimal
 * string with the currency's minor units, e.g. `"1234.50"` EUR, `"1000"` JPY.
 */
export class Money {
  private constructor(
    readonly amount: Decimal,
    readonly currency: string,
  ) {}

  static of(amount: string | Decimal, currency: string): Money {
    if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`not an ISO 4217 currency code: ${currency}`);
    return new Money(new Decimal(amount), currency);
  }

  /** Minor units of a currency per ISO 4217, as the runtime's CLDR data knows them (JPY 0, EUR 2, KWD 3). */
  static minorUnits(currency: string): number {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  }

  plus(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amount.plus(other.amount), this.currency);
  }

  minus(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amount.minus(other.amount), this.currency);
  }

  /** Rounded to the currency's minor unit; half-even (banker's rounding) unless another mode is given. */
  rounded(mode: DecimalJs.Rounding = Decimal.ROUND_HALF_EVEN): Money {
    return new Money(this.amount.toDecimalPlaces(Money.minorUnits(this.currency), mode), this.currency);
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount.equals(other.amount);
  }

  toString(): string {
    return this.amount.toFixed(Money.minorUnits(this.currency));
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}
