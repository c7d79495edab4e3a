import fc from 'fast-check';
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
