import fc from 'fast-check';
import { Decimal, addDays } from '@crm/kernel';
import {
  AMORTIZATION_METHODS,
  DAYS_IN_MONTH_TYPES,
  DAYS_IN_YEAR_TYPES,
  EVERY_DAY,
  INTEREST_METHODS,
  REPAYMENT_FREQUENCIES,
  ROUNDING_MODES,
  type LoanTerms,
} from '../loan-terms';
import { generateSchedule, restructure, type RestructurePlan } from './schedule';

const currencies = fc.constantFrom('EUR', 'JPY', 'KWD', 'USD');

const loanTerms: fc.Arbitrary<LoanTerms> = fc
  .record({
    currency: currencies,
    minorAmount: fc.integer({ min: 1, max: 5_000_000_000 }),
    rateBasisPoints: fc.integer({ min: 0, max: 9_999 }),
    numberOfRepayments: fc.integer({ min: 1, max: 120 }),
    repaymentFrequency: fc.constantFrom(...REPAYMENT_FREQUENCIES),
    amortizationMethod: fc.constantFrom(...AMORTIZATION_METHODS),
    interestMethod: fc.constantFrom(...INTEREST_METHODS),
    daysInYearType: fc.constantFrom(...DAYS_IN_YEAR_TYPES),
    daysInMonthType: fc.constantFrom(...DAYS_IN_MONTH_TYPES),
    roundingMode: fc.constantFrom(...ROUNDING_MODES),
    disbursementOffset: fc.integer({ min: 0, max: 3650 }),
    firstGap: fc.integer({ min: 1, max: 60 }),
  })
  .map((r) => {
    const scale = r.currency === 'JPY' ? 0 : r.currency === 'KWD' ? 3 : 2;
    const disbursementDate = addDays('2020-01-01', r.disbursementOffset);
    return {
      principal: new Decimal(r.minorAmount).div(new Decimal(10).pow(scale)),
      currency: r.currency,
      annualInterestRate: new Decimal(r.rateBasisPoints).div(100),
      numberOfRepayments: r.numberOfRepayments,
      repaymentFrequency: r.repaymentFrequency,
      amortizationMethod: r.amortizationMethod,
      interestMethod: r.interestMethod,
      daysInYearType: r.daysInYearType,
      daysInMonthType: r.daysInMonthType,
      disbursementDate,
      firstRepaymentDate: addDays(disbursementDate, r.firstGap),
      nonWorkingDayRule: 'SAME_DAY',
      roundingMode: r.roundingMode,
      installmentFee: new Decimal(0),
    };
  });

const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const decimalsOf = (currency: string) => (currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2);

describe('schedule properties', () => {
  it('principal sums exactly to the loan; no balance, portion or installment is negative; amounts are in minor units', () => {
    fc.assert(
      fc.property(loanTerms, (terms) => {
        const schedule = generateSchedule(terms, EVERY_DAY);
        expect(schedule).toHaveLength(terms.numberOfRepayments);
        expect(sum(schedule.map((i) => i.principal)).eq(terms.principal)).toBe(true);
        expect(schedule[schedule.length - 1].principalBalanceAfter.isZero()).toBe(true);
        for (const i of schedule) {
          expect(i.principal.isNeg() || i.interest.isNeg() || i.principalBalanceAfter.isNeg()).toBe(false);
          expect(i.principal.decimalPlaces()).toBeLessThanOrEqual(decimalsOf(terms.currency));
          expect(i.interest.decimalPlaces()).toBeLessThanOrEqual(decimalsOf(terms.currency));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a later rate change never alters installments due before it, and still repays the loan exactly', () => {
    fc.assert(
      fc.property(
        loanTerms.filter((t) => t.numberOfRepayments > 1),
        fc.nat(),
        fc.integer({ min: 0, max: 9_999 }),
        (terms, splitSeed, newRateBp) => {
          const schedule = generateSchedule(terms, EVERY_DAY);
          const split = 1 + (splitSeed % (terms.numberOfRepayments - 1));
          // Installments before the change are paid in full.
          const paid = schedule.map((i, index) =>
            index < split
              ? {
                  ...i,
                  paid: {
                    principal: i.principal,
                    interest: i.interest,
                    fees: i.fees,
                    penalties: i.penalties,
                  },
                }
              : i,
          );
          const plan: RestructurePlan = {
            option: 'RATE_CHANGE',
            annualInterestRate: new Decimal(newRateBp).div(100),
          };
          const changed = restructure(terms, paid, schedule[split].dueDate, plan, EVERY_DAY);
          expect(changed.slice(0, split)).toEqual(paid.slice(0, split));
          expect(changed).toHaveLength(terms.numberOfRepayments);
          expect(sum(changed.map((i) => i.principal)).eq(terms.principal)).toBe(true);
          expect(changed.every((i) => !i.principalBalanceAfter.isNeg() && !i.principal.isNeg())).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every hardship option keeps the past, repays the loan exactly and never charges a negative amount', () => {
    const plans = fc.oneof(
      fc.record({
        option: fc.constant('PAYMENT_HOLIDAY' as const),
        installments: fc.integer({ min: 1, max: 3 }),
        keepTerm: fc.boolean(),
      }),
      fc.record({
        option: fc.constant('INTEREST_PAUSE' as const),
        installments: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        option: fc.constant('GRACE_ON_PRINCIPAL' as const),
        installments: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        option: fc.constant('EXTEND_REPAYMENT_PERIOD' as const),
        additionalInstallments: fc.integer({ min: 1, max: 24 }),
      }),
    );
    fc.assert(
      fc.property(
        loanTerms.filter((t) => t.numberOfRepayments > 8),
        fc.integer({ min: 1, max: 4 }),
        plans,
        (terms, split, plan) => {
          const schedule = generateSchedule(terms, EVERY_DAY);
          const changed = restructure(terms, schedule, schedule[split].dueDate, plan, EVERY_DAY);
          expect(changed.slice(0, split)).toEqual(schedule.slice(0, split));
          expect(sum(changed.map((i) => i.principal)).eq(terms.principal)).toBe(true);
          for (const i of changed) {
            expect(i.principal.isNeg() || i.interest.isNeg() || i.principalBalanceAfter.isNeg()).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
