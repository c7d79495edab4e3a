import { Decimal, type LocalDate } from '@crm/kernel';
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

/*
 * Day arithmetic on ISO dates by day numbers (days since 1970-01-01, Howard Hinnant's civil calendar
 * algorithms): a schedule computes dates for every installment, and building a Date object for each
 * was the slowest part of the engine. The kernel's addDays / daysBetween give the same answers.
 */
function toDayNumber(date: LocalDate): number {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(dayNumber: number): LocalDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysFromTo(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

function daysInCalendarMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus whole months, keeping its day of month or the month's last day when shorter (31 Jan → 28 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInCalendarMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
      return plusDays(firstRepaymentDate, 14 * index);
    case 'WEEKLY':
      return plusDays(firstRepaymentDate, 7 * index);
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
  return daysInMonthType === 'DAYS_30' ? days30(from, to) : daysFromTo(from, to);
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
