import type DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { Decimal } from './decimal';
import { Money } from './money';

describe('Money', () => {
  it('formats with the currency minor units', () => {
    expect(Money.of('1000', 'JPY').toString()).toBe('1000');
    expect(Money.of('12.5', 'EUR').toString()).toBe('12.50');
    expect(Money.of('1.5', 'KWD').toString()).toBe('1.500');
  });

  it('rounds half-even by default', () => {
    expect(Money.of('0.125', 'USD').rounded().toString()).toBe('0.12');
    expect(Money.of('0.135', 'USD').rounded().toString()).toBe('0.14');
  });

  describe('a value exactly on the tie, in every rounding mode', () => {
    // [mode, 0.125 → 2 places, −0.125, 0.135 (odd digit before the tie), 2.5 JPY → 0 places, −2.5, 3.5]
    const ties: [string, DecimalJs.Rounding, string, string, string, string, string, string][] = [
      ['UP (away from zero)', Decimal.ROUND_UP, '0.13', '-0.13', '0.14', '3', '-3', '4'],
      ['DOWN (towards zero)', Decimal.ROUND_DOWN, '0.12', '-0.12', '0.13', '2', '-2', '3'],
      ['CEIL (towards +∞)', Decimal.ROUND_CEIL, '0.13', '-0.12', '0.14', '3', '-2', '4'],
      ['FLOOR (towards −∞)', Decimal.ROUND_FLOOR, '0.12', '-0.13', '0.13', '2', '-3', '3'],
      ['HALF_UP (tie away from zero)', Decimal.ROUND_HALF_UP, '0.13', '-0.13', '0.14', '3', '-3', '4'],
      ['HALF_DOWN (tie towards zero)', Decimal.ROUND_HALF_DOWN, '0.12', '-0.12', '0.13', '2', '-2', '3'],
      ['HALF_EVEN (tie to the even digit)', Decimal.ROUND_HALF_EVEN, '0.12', '-0.12', '0.14', '2', '-2', '4'],
      ['HALF_CEIL (tie towards +∞)', Decimal.ROUND_HALF_CEIL, '0.13', '-0.12', '0.14', '3', '-2', '4'],
      ['HALF_FLOOR (tie towards −∞)', Decimal.ROUND_HALF_FLOOR, '0.12', '-0.13', '0.13', '2', '-3', '3'],
    ];

    it('covers every mode decimal.js has', () => {
      expect(ties.map(([, mode]) => mode).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it.each(ties)('%s', (_name, mode, up, negative, odd, yen, negativeYen, oddYen) => {
      expect([
        Money.of('0.125', 'USD').rounded(mode).toString(),
        Money.of('-0.125', 'USD').rounded(mode).toString(),
        Money.of('0.135', 'USD').rounded(mode).toString(),
        Money.of('2.5', 'JPY').rounded(mode).toString(),
        Money.of('-2.5', 'JPY').rounded(mode).toString(),
        Money.of('3.5', 'JPY').rounded(mode).toString(),
      ]).toEqual([up, negative, odd, yen, negativeYen, oddYen]);
    });

    it('rounds a three-decimal currency on its own tie: 0.0005 KWD', () => {
      expect(Money.of('0.0005', 'KWD').rounded(Decimal.ROUND_HALF_EVEN).toString()).toBe('0.000');
      expect(Money.of('0.0005', 'KWD').rounded(Decimal.ROUND_HALF_UP).toString()).toBe('0.001');
      expect(Money.of('0.0015', 'KWD').rounded(Decimal.ROUND_HALF_EVEN).toString()).toBe('0.002');
    });
  });

  it('adds cents exactly where floats drift', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_00 }), { maxLength: 50 }), (cents) => {
        const total = cents.reduce(
          (sum, c) => sum.plus(Money.of((c / 100).toFixed(2), 'EUR')),
          Money.of('0', 'EUR'),
        );
        const expected = cents.reduce((a, b) => a + BigInt(b), 0n);
        expect(total.amount.times(100).toFixed(0)).toBe(expected.toString());
      }),
    );
  });

  it('refuses to mix currencies', () => {
    expect(() => Money.of('1', 'EUR').plus(Money.of('1', 'USD'))).toThrow(RangeError);
  });
});
