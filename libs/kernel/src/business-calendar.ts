import Holidays from 'date-holidays';
import { addDays, dayOfWeek, type LocalDate } from './local-date';

/** Bank-specific exceptions to the public calendar: extra closures, and weekend days worked (e.g. China's 调休). */
export interface CalendarOverrides {
  closures?: readonly LocalDate[];
  openings?: readonly LocalDate[];
}

/**
 * Business days of a jurisdiction: Monday to Friday, less its public and bank holidays (substitute days
 * included) from `date-holidays`, adjusted by the bank's own overrides. Half-day observances do not
 * close a bank.
 */
export class BusinessCalendar {
  private readonly holidays: Holidays;
  private readonly closedByYear = new Map<number, Set<LocalDate>>();
  private readonly closures: Set<LocalDate>;
  private readonly openings: Set<LocalDate>;

  /** @throws RangeError when date-holidays has no calendar for the country or subdivision. */
  constructor(
    readonly country: string,
    readonly region?: string,
    overrides: CalendarOverrides = {},
  ) {
    this.holidays = region ? new Holidays(country, region) : new Holidays(country);
    const known = this.holidays.getCountries();
    const regions = region ? this.holidays.getStates(country) : undefined;
    if (!known?.[country] || (region && !regions?.[region])) {
      throw new RangeError(`no holiday calendar for ${region ? `${country}-${region}` : country}`);
    }
    this.closures = new Set(overrides.closures);
    this.openings = new Set(overrides.openings);
  }

  /** The names of the public holidays on a date, empty on an ordinary day. */
  holidayNames(date: LocalDate): string[] {
    const year = Number(date.slice(0, 4));
    return this.holidays
      .getHolidays(year)
      .filter((h) => isClosingHoliday(h) && h.date.slice(0, 10) === date)
      .map((h) => h.name);
  }

  isBusinessDay(date: LocalDate): boolean {
    if (this.openings.has(date)) return true;
    if (this.closures.has(date)) return false;
    const weekday = dayOfWeek(date);
    if (weekday === 0 || weekday === 6) return false;
    return !this.closedOn(Number(date.slice(0, 4))).has(date);
  }

  /** The Nth business day after `date` (which counts as day 0 whatever it is). */
  addBusinessDays(date: LocalDate, count: number): LocalDate {
    let current = date;
    let remaining = count;
    while (remaining > 0) {
      current = addDays(current, 1);
      if (this.isBusinessDay(current)) remaining--;
    }
    return current;
  }

  /** `date` itself when it is a business day, else the next one. */
  nextBusinessDay(date: LocalDate): LocalDate {
    let current = date;
    while (!this.isBusinessDay(current)) current = addDays(current, 1);
    return current;
  }

  /** `date` itself when it is a business day, else the one before. */
  previousBusinessDay(date: LocalDate): LocalDate {
    let current = date;
    while (!this.isBusinessDay(current)) current = addDays(current, -1);
    return current;
  }

  private closedOn(year: number): Set<LocalDate> {
    let closed = this.closedByYear.get(year);
    if (!closed) {
      closed = new Set();
      for (const holiday of this.holidays.getHolidays(year)) {
        if (!isClosingHoliday(holiday)) continue;
        const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
        for (let i = 0; i < days; i++) closed.add(addDays(holiday.date.slice(0, 10), i));
      }
      this.closedByYear.set(year, closed);
    }
    return closed;
  }
}

function isClosingHoliday(holiday: { type: string; date: string }): boolean {
  return (holiday.type === 'public' || holiday.type === 'bank') && holiday.date.endsWith('00:00:00');
}
