import { Decimal } from '@crm/kernel';
import { CurrencyRounding, EVERY_DAY, ROUNDING_MODES, type LoanTerms, type RoundingMode } from './loan-terms';
import { generateSchedule } from './schedule/schedule';

/**
 * A value exactly halfway between two minor units, in every rounding mode a product may configure
 * (java.math.RoundingMode, as Fineract names them), positive and negative, for 2- and 0-decimal currencies.
 */
const ties: Record<
  RoundingMode,
  { eur: [string, string, string]; jpy: [string, string, string]; interest: string }
> = {
  //   0.125 EUR, −0.125, 0.135         2.5 JPY, −2.5, 3.5     interest 10.125 EUR
  UP: { eur: ['0.13', '-0.13', '0.14'], jpy: ['3', '-3', '4'], interest: '10.13' },
  DOWN: { eur: ['0.12', '-0.12', '0.13'], jpy: ['2', '-2', '3'], interest: '10.12' },
  CEILING: { eur: ['0.13', '-0.12', '0.14'], jpy: ['3', '-2', '4'], interest: '10.13' },
  FLOOR: { eur: ['0.12', '-0.13', '0.13'], jpy: ['2', '-3', '3'], interest: '10.12' },
  HALF_UP: { eur: ['0.13', '-0.13', '0.14'], jpy: ['3', '-3', '4'], interest: '10.13' },
  HALF_DOWN: { eur: ['0.12', '-0.12', '0.13'], jpy: ['2', '-2', '3'], interest: '10.12' },
  HALF_EVEN: { eur: ['0.12', '-0.12', '0.14'], jpy: ['2', '-2', '4'], interest: '10.12' },
};

describe('rounding to the currency minor unit on a tie', () => {
  it('has an expectation for every rounding mode the products support', () => {
    expect(Object.keys(ties).sort()).toEqual([...ROUNDING_MODES].sort());
  });

  it.each(ROUNDING_MODES)('%s', (mode) => {
    const eur = new CurrencyRounding('EUR', mode);
    const jpy = new CurrencyRounding('JPY', mode);
    const round = (rounding: CurrencyRounding, value: string) =>
      rounding.format(rounding.round(new Decimal(value)));
    expect([round(eur, '0.125'), round(eur, '-0.125'), round(eur, '0.135')]).toEqual(ties[mode].eur);
    expect([round(jpy, '2.5'), round(jpy, '-2.5'), round(jpy, '3.5')]).toEqual(ties[mode].jpy);
  });

  it.each(ROUNDING_MODES)('%s: the schedule rounds interest on a tie by the product mode', (mode) => {
    // 1,012.50 at 12 %, one month, 30/360: 1012.50 × 0.01 = 10.125, exactly on the tie.
    const terms: LoanTerms = {
      principal: new Decimal('1012.50'),
      currency: 'EUR',
      annualInterestRate: new Decimal('12'),
      numberOfRepayments: 1,
      repaymentFrequency: 'MONTHLY',
      amortizationMethod: 'EQUAL_PRINCIPAL',
      interestMethod: 'DECLINING_BALANCE',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'DAYS_30',
      disbursementDate: '2026-01-15',
      firstRepaymentDate: '2026-02-15',
      nonWorkingDayRule: 'SAME_DAY',
      roundingMode: mode,
      installmentFee: new Decimal(0),
    };
    const [installment] = generateSchedule(terms, EVERY_DAY);
    expect(installment?.interest.toFixed(2)).toBe(ties[mode].interest);
  });
});
