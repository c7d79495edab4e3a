import { Decimal } from '@crm/kernel';
import { CurrencyRounding, EVERY_DAY } from './loan-terms';
import { payoffQuote } from './payoff-quote';
import { generateSchedule } from './schedule/schedule';

describe('payoff quote', () => {
  // 10,000.00 at 12 %, 12 monthly annuity on 30/360 from 15 Jan 2026: installment 1 is 788.49 + 100.00.
  const schedule = generateSchedule(
    {
      principal: new Decimal('10000.00'),
      currency: 'EUR',
      annualInterestRate: new Decimal('12'),
      numberOfRepayments: 12,
      repaymentFrequency: 'MONTHLY',
      amortizationMethod: 'EQUAL_INSTALLMENTS',
      interestMethod: 'DECLINING_BALANCE',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'DAYS_30',
      disbursementDate: '2026-01-15',
      firstRepaymentDate: '2026-02-15',
      nonWorkingDayRule: 'SAME_DAY',
      roundingMode: 'HALF_EVEN',
      installmentFee: new Decimal(0),
    },
    EVERY_DAY,
  );
  const rounding = new CurrencyRounding('EUR');

  it('charges interest only to the payoff date: 31 days of 100.00 over 15 Jan → 25 Jan is 10 days', () => {
    // The first period runs 31 actual days; 10 of them to 25 Jan: 100.00 × 10 / 31 = 32.258… → 32.26.
    const quote = payoffQuote(schedule, '2026-01-25', new Decimal(0), rounding, 7);
    expect([
      quote.principal.toFixed(2),
      quote.interest.toFixed(2),
      quote.total.toFixed(2),
      quote.validUntil,
    ]).toEqual(['10000.00', '32.26', '10032.26', '2026-02-01']);
    expect(quote.perDiemInterest.toFixed(2)).toBe('3.23'); // 100.00 / 31 = 3.2258…
  });

  it('includes the unpaid interest of an installment already due, and subtracts credit', () => {
    // On 15 Feb installment 1 is due: its 100.00 interest; period 2 has not started accruing.
    const quote = payoffQuote(schedule, '2026-02-15', new Decimal('5.00'), rounding, 0);
    expect([quote.interest.toFixed(2), quote.total.toFixed(2), quote.validUntil]).toEqual([
      '100.00',
      '10095.00',
      '2026-02-15',
    ]);
  });
});
