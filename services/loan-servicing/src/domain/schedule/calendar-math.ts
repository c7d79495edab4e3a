import { Decimal, addDays, addMonths, daysBetween, type LocalDate } from '@crm/kernel';
import type {
  DaysInMonthType,
  DaysInYearType,
  NonWorkingDayRule,
  RepaymentFrequency,
  WorkingDays,
} from '../loan-terms';

function parts(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** The nominal due date of the installment at `index` (0 for the first), before any holiday move. */
export function nominalDueDate(
  firstRepaymentDate: LocalDate,
  frequency: RepaymentFrequency,
  index: number,
): LocalDate {
  switch (frequency) {
    case 'MONTHLY':
      return addMonths(firstRepaymentDate, index);
    case 'BIWEEKLY':
      return addDays(firstRepaymentDate, 14 * index);
    case 'WEEKLY':
      return addDays(firstRepaymentDate, 7 * index);
  }
}

/** Moves a due date off a non-working day by the loan's rule; interest still runs to the nominal date. */
export function adjustDueDate(date: LocalDate, rule: NonWorkingDayRule, calendar: WorkingDays): LocalDate {
  switch (rule) {
    case 'SAME_DAY':
      return date;
    case 'NEXT_WORKING_DAY':
      return calendar.nextBusinessDay(date);
    case 'PREVIOUS_WORKING_DAY':
      return calendar.previousBusinessDay(date);
  }
}

/** Days between two dates counted with 30-day months (30/360 US, as Fineract's `DAYS_30`). */
export function days30(from: LocalDate, to: LocalDate): number {
  const [y1, m1, d1Raw] = parts(from);
  const [y2, m2, d2Raw] = parts(to);
  const d1 = Math.min(d1Raw, 30);
  const d2 = d2Raw === 31 && d1 >= 30 ? 30 : d2Raw;
  return 360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1);
}

/** Days from `from` to `to` under the loan's days-in-month rule. */
export function dayCount(from: LocalDate, to: LocalDate, daysInMonthType: DaysInMonthType): number {
  return daysInMonthType === 'DAYS_30' ? days30(from, to) : daysBetween(from, to);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The fraction of a year from `from` to `to` under the loan's day-count basis. With ACTUAL days in the
 * year, a period crossing 1 January is split so that each part is divided by its own year's length
 * (365 or 366), as ACT/ACT ISDA does.
 */
export function yearFraction(
  from: LocalDate,
  to: LocalDate,
  daysInMonthType: DaysInMonthType,
  daysInYearType: DaysInYearType,
): Decimal {
  const count = (a: LocalDate, b: LocalDate) => dayCount(a, b, daysInMonthType);
  if (daysInYearType === 'DAYS_360') return new Decimal(count(from, to)).div(360);
  if (daysInYearType === 'DAYS_365') return new Decimal(count(from, to)).div(365);
  let fraction = new Decimal(0);
  let start = from;
  while (start < to) {
    const year = Number(start.slice(0, 4));
    const nextYear = `${String(year + 1).padStart(4, '0')}-01-01`;
    const end = nextYear < to ? nextYear : to;
    fraction = fraction.plus(new Decimal(count(start, end)).div(isLeapYear(year) ? 366 : 365));
    start = end;
  }
  return fraction;
}
