import type DecimalJs from 'decimal.js';
import { Decimal, Money, type LocalDate } from '@crm/kernel';

/** Apache Fineract's names, so that banks running it recognise them. */
export const REPAYMENT_FREQUENCIES = ['MONTHLY', 'BIWEEKLY', 'WEEKLY'] as const;
export type RepaymentFrequency = (typeof REPAYMENT_FREQUENCIES)[number];

export const AMORTIZATION_METHODS = ['EQUAL_INSTALLMENTS', 'EQUAL_PRINCIPAL'] as const;
export type AmortizationMethod = (typeof AMORTIZATION_METHODS)[number];

export const INTEREST_METHODS = ['DECLINING_BALANCE', 'FLAT'] as const;
export type InterestMethod = (typeof INTEREST_METHODS)[number];

export const DAYS_IN_YEAR_TYPES = ['ACTUAL', 'DAYS_360', 'DAYS_365'] as const;
export type DaysInYearType = (typeof DAYS_IN_YEAR_TYPES)[number];

export const DAYS_IN_MONTH_TYPES = ['ACTUAL', 'DAYS_30'] as const;
export type DaysInMonthType = (typeof DAYS_IN_MONTH_TYPES)[number];

/** What to do with a due date that falls on a non-working day (Fineract's `RepaymentRescheduleType`). */
export const NON_WORKING_DAY_RULES = ['SAME_DAY', 'NEXT_WORKING_DAY', 'PREVIOUS_WORKING_DAY'] as const;
export type NonWorkingDayRule = (typeof NON_WORKING_DAY_RULES)[number];

/** java.math.RoundingMode names, as Fineract configures them per product. */
export const ROUNDING_MODES = [
  'HALF_EVEN',
  'HALF_UP',
  'HALF_DOWN',
  'UP',
  'DOWN',
  'CEILING',
  'FLOOR',
] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_ROUNDING: Record<RoundingMode, DecimalJs.Rounding> = {
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_DOWN: Decimal.ROUND_HALF_DOWN,
  UP: Decimal.ROUND_UP,
  DOWN: Decimal.ROUND_DOWN,
  CEILING: Decimal.ROUND_CEIL,
  FLOOR: Decimal.ROUND_FLOOR,
};

const minorUnitsByCurrency = new Map<string, number>();

/** Cached: building an Intl.NumberFormat for every schedule costs more than the schedule. */
function minorUnitsOf(currency: string): number {
  let units = minorUnitsByCurrency.get(currency);
  if (units === undefined) {
    units = Money.minorUnits(currency);
    minorUnitsByCurrency.set(currency, units);
  }
  return units;
}

/** Rounds amounts to a currency's minor unit (ISO 4217: JPY 0, EUR 2, KWD 3) with the product's mode. */
export class CurrencyRounding {
  readonly minorUnits: number;
  private readonly mode: DecimalJs.Rounding;

  constructor(
    readonly currency: string,
    readonly roundingMode: RoundingMode = 'HALF_EVEN',
  ) {
    this.minorUnits = minorUnitsOf(currency);
    this.mode = DECIMAL_ROUNDING[roundingMode];
  }

  round(amount: Decimal): Decimal {
    return amount.toDecimalPlaces(this.minorUnits, this.mode);
  }

  format(amount: Decimal): string {
    return amount.toFixed(this.minorUnits);
  }
}

/** The working days a due date is moved onto (the kernel's BusinessCalendar is one). */
export interface WorkingDays {
  isBusinessDay(date: LocalDate): boolean;
  nextBusinessDay(date: LocalDate): LocalDate;
  previousBusinessDay(date: LocalDate): LocalDate;
}

/** Every day is a working day: for schedules without a holiday calendar. */
export const EVERY_DAY: WorkingDays = {
  isBusinessDay: () => true,
  nextBusinessDay: (date) => date,
  previousBusinessDay: (date) => date,
};

/** What a schedule is computed from. Amounts are decimals, never floats. */
export interface LoanTerms {
  principal: Decimal;
  currency: string;
  /** Percent a year, e.g. 12 for 12 %. */
  annualInterestRate: Decimal;
  numberOfRepayments: number;
  repaymentFrequency: RepaymentFrequency;
  amortizationMethod: AmortizationMethod;
  interestMethod: InterestMethod;
  daysInYearType: DaysInYearType;
  daysInMonthType: DaysInMonthType;
  disbursementDate: LocalDate;
  firstRepaymentDate: LocalDate;
  nonWorkingDayRule: NonWorkingDayRule;
  roundingMode: RoundingMode;
  /** A fee charged with every installment (zero when none). */
  installmentFee: Decimal;
}
