import { Decimal, type LocalDate } from '@crm/kernel';
import type { HardshipOption } from '@crm/contracts';
import { CurrencyRounding, type LoanTerms, type WorkingDays } from '../loan-terms';
import { amortize, type PeriodKind, type SchedulePeriod } from './amortization';
import { adjustDueDate, dayCount, nominalDueDate, yearFraction } from './calendar-math';
import { outstandingOf, sumPortions, type Installment } from './installment';

/** Fineract's `LoanReAgeInterestHandlingType`: what happens to the unpaid interest of re-aged installments. */
export const RE_AGE_INTEREST_HANDLING_TYPES = [
  'DEFAULT',
  'WAIVE_INTEREST',
  'EQUAL_AMORTIZATION_PAYABLE_INTEREST',
] as const;
export type LoanReAgeInterestHandlingType = (typeof RE_AGE_INTEREST_HANDLING_TYPES)[number];

/** A change of the schedule from a date on: a hardship option, or a new interest rate. */
export type RestructurePlan =
  | { option: 'PAYMENT_HOLIDAY'; installments: number; keepTerm: boolean }
  | { option: 'INTEREST_PAUSE'; installments: number }
  | { option: 'GRACE_ON_PRINCIPAL'; installments: number }
  | { option: 'EXTEND_REPAYMENT_PERIOD'; additionalInstallments: number }
  | {
      option: 'RE_AGE';
      numberOfInstallments?: number;
      interestHandling: LoanReAgeInterestHandlingType;
    }
  | { option: 'RATE_CHANGE'; annualInterestRate: Decimal };

export type PlanOption = HardshipOption | 'RATE_CHANGE';

function periodsFrom(
  terms: LoanTerms,
  calendar: WorkingDays,
  firstIndex: number,
  kinds: PeriodKind[],
  annualInterestRate: Decimal,
): SchedulePeriod[] {
  const annualFraction = annualInterestRate.div(100);
  // Periods of the same length share a rate (except under ACTUAL days in the year, split by year).
  const rates = new Map<string, Decimal>();
  const periodRate = (start: LocalDate, end: LocalDate): Decimal => {
    const key =
      terms.daysInYearType === 'ACTUAL'
        ? `${start}/${end}`
        : String(dayCount(start, end, terms.daysInMonthType));
    let rate = rates.get(key);
    if (!rate) {
      rate = annualFraction.times(yearFraction(start, end, terms.daysInMonthType, terms.daysInYearType));
      rates.set(key, rate);
    }
    return rate;
  };
  return kinds.map((kind, offset) => {
    const index = firstIndex + offset;
    const start =
      index === 0
        ? terms.disbursementDate
        : nominalDueDate(terms.firstRepaymentDate, terms.repaymentFrequency, index - 1);
    const end = nominalDueDate(terms.firstRepaymentDate, terms.repaymentFrequency, index);
    return {
      number: index + 1,
      start,
      end,
      dueDate: adjustDueDate(end, terms.nonWorkingDayRule, calendar),
      rate: periodRate(start, end),
      kind,
    };
  });
}

/** The repayment schedule of a newly disbursed loan. */
export function generateSchedule(terms: LoanTerms, calendar: WorkingDays): Installment[] {
  if (!Number.isInteger(terms.numberOfRepayments) || terms.numberOfRepayments < 1)
    throw new RangeError('numberOfRepayments must be a positive whole number');
  if (terms.firstRepaymentDate <= terms.disbursementDate)
    throw new RangeError('firstRepaymentDate must be after disbursementDate');
  const kinds = Array.from({ length: terms.numberOfRepayments }, (): PeriodKind => 'REGULAR');
  return amortize({
    balance: terms.principal,
    periods: periodsFrom(terms, calendar, 0, kinds, terms.annualInterestRate),
    amortizationMethod: terms.amortizationMethod,
    interestMethod: terms.interestMethod,
    rounding: new CurrencyRounding(terms.currency, terms.roundingMode),
    fee: terms.installmentFee,
  });
}

export class RestructureRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RestructureRefused';
  }
}

/**
 * A new schedule from `fromDate` on. Installments due before it are kept as they are (paid or not),
 * except under RE_AGE, where their unpaid part moves into the new installments; the rest is
 * re-amortized from the outstanding principal along the loan's own due-date sequence.
 */
export function restructure(
  terms: LoanTerms,
  current: readonly Installment[],
  fromDate: LocalDate,
  plan: RestructurePlan,
  calendar: WorkingDays,
): Installment[] {
  const split = current.findIndex((i) => i.dueDate >= fromDate);
  if (split < 0)
    throw new RestructureRefused('NOTHING_LEFT_TO_RESTRUCTURE', 'every installment is already due');
  const remaining = current.length - split;
  const rounding = new CurrencyRounding(terms.currency, terms.roundingMode);
  let kept = current.slice(0, split).map((i) => ({ ...i, paid: { ...i.paid } }));
  let spreadInterest = new Decimal(0);
  let spreadFees = new Decimal(0);
  let kinds: PeriodKind[];
  const regular = (n: number): PeriodKind[] => Array.from({ length: n }, (): PeriodKind => 'REGULAR');
  const leading = (kind: PeriodKind, n: number, total: number): PeriodKind[] => {
    if (!Number.isInteger(n) || n < 1 || n >= total)
      throw new RestructureRefused(
        'HARDSHIP_INSTALLMENTS_OUT_OF_RANGE',
        `the option must cover 1 to ${total - 1} installments, leaving at least one to repay the loan`,
      );
    return [...Array.from({ length: n }, (): PeriodKind => kind), ...regular(total - n)];
  };
  switch (plan.option) {
    case 'PAYMENT_HOLIDAY':
      kinds = leading(
        'HOLIDAY',
        plan.installments,
        plan.keepTerm ? remaining : remaining + plan.installments,
      );
      break;
    case 'INTEREST_PAUSE':
      // Paused installments still amortize (at a zero rate), so the pause may cover every one left.
      kinds = leading('INTEREST_FREE', plan.installments, remaining + 1).slice(0, remaining);
      break;
    case 'GRACE_ON_PRINCIPAL':
      kinds = leading('INTEREST_ONLY', plan.installments, remaining);
      break;
    case 'EXTEND_REPAYMENT_PERIOD':
      if (!Number.isInteger(plan.additionalInstallments) || plan.additionalInstallments < 1)
        throw new RestructureRefused(
          'HARDSHIP_INSTALLMENTS_OUT_OF_RANGE',
          'extend by at least one installment',
        );
      kinds = regular(remaining + plan.additionalInstallments);
      break;
    case 'RE_AGE': {
      const count = plan.numberOfInstallments ?? remaining;
      if (!Number.isInteger(count) || count < 1)
        throw new RestructureRefused(
          'HARDSHIP_INSTALLMENTS_OUT_OF_RANGE',
          're-age over at least one installment',
        );
      const arrears = kept.reduce((sum, i) => sum.plus(outstandingOf(i)), new Decimal(0));
      if (arrears.lte(0))
        throw new RestructureRefused('NO_ARREARS_TO_RE_AGE', 'the loan has no arrears to re-age');
      // Re-aged installments keep only what was paid of them; the rest moves into the new schedule.
      for (const installment of kept) {
        if (plan.interestHandling !== 'WAIVE_INTEREST')
          spreadInterest = spreadInterest.plus(installment.interest.minus(installment.paid.interest));
        spreadFees = spreadFees
          .plus(installment.fees.minus(installment.paid.fees))
          .plus(installment.penalties.minus(installment.paid.penalties));
        installment.principal = installment.paid.principal;
        installment.interest = installment.paid.interest;
        installment.fees = installment.paid.fees;
        installment.penalties = installment.paid.penalties;
      }
      let balance = terms.principal;
      kept = kept.map((i) => {
        balance = balance.minus(i.principal);
        return { ...i, principalBalanceAfter: balance };
      });
      kinds = regular(count);
      break;
    }
    case 'RATE_CHANGE':
      kinds = regular(remaining);
      break;
  }
  const balance = kept.reduce((b, i) => b.minus(i.principal), terms.principal);
  const rate = plan.option === 'RATE_CHANGE' ? plan.annualInterestRate : terms.annualInterestRate;
  const next = amortize({
    balance,
    periods: periodsFrom(terms, calendar, split, kinds, rate),
    amortizationMethod: terms.amortizationMethod,
    interestMethod: terms.interestMethod,
    rounding,
    fee: terms.installmentFee,
    spreadInterest: rounding.round(spreadInterest),
    spreadFees: rounding.round(spreadFees),
  });
  return [...kept, ...next];
}

/** What a schedule costs the customer on top of the principal: interest, fees and penalties. */
export function totalCost(installments: readonly Installment[]): Decimal {
  return installments.reduce((sum, i) => sum.plus(sumPortions(i)).minus(i.principal), new Decimal(0));
}

/**
 * The regular installment from `fromDate` on (the first one that repays principal), for comparing
 * schedules and for letters.
 */
export function regularInstallment(installments: readonly Installment[], fromDate?: LocalDate): Decimal {
  const future = installments.filter((i) => fromDate === undefined || i.dueDate >= fromDate);
  const first = future.find((i) => i.principal.gt(0)) ?? future[0] ?? installments[installments.length - 1];
  return first ? sumPortions(first) : new Decimal(0);
}

export function maturityDate(installments: readonly Installment[]): LocalDate {
  const last = installments[installments.length - 1];
  if (!last) throw new RangeError('an empty schedule has no maturity date');
  return last.dueDate;
}
