import { BusinessCalendar } from './business-calendar';
import fc from 'fast-check';
import { addDays, addMonths, dayOfWeek, daysBetween, instantOf, localDateOf } from './local-date';

describe('BusinessCalendar', () => {
  const england = new BusinessCalendar('GB', 'ENG');

  it('skips an English Christmas, Boxing Day and their substitute days (2022: both fell on a weekend)', () => {
    // 23 Dec 2022 is a Friday; 24–25 weekend; 26 Boxing Day; 27 Christmas substitute; 28 first business day.
    expect(england.isBusinessDay('2022-12-26')).toBe(false);
    expect(england.isBusinessDay('2022-12-27')).toBe(false);
    expect(england.addBusinessDays('2022-12-23', 1)).toBe('2022-12-28');
    // 2 Jan 2023 is the New Year substitute day.
    expect(england.addBusinessDays('2022-12-30', 1)).toBe('2023-01-03');
  });

  it('counts day 0 as the start whatever day it is', () => {
    expect(england.addBusinessDays('2026-11-21', 3)).toBe('2026-11-25'); // Saturday + 3 = Wednesday
  });

  it('applies bank closures and weekend openings from the override table', () => {
    const china = new BusinessCalendar('CN', undefined, {
      openings: ['2026-02-14'],
      closures: ['2026-02-19'],
    });
    expect(china.isBusinessDay('2026-02-14')).toBe(true); // a Saturday worked (调休)
    expect(china.isBusinessDay('2026-02-17')).toBe(false); // 春节
    expect(china.isBusinessDay('2026-02-19')).toBe(false);
  });

  it('refuses a country it has no calendar for', () => {
    expect(() => new BusinessCalendar('XX')).toThrow(RangeError);
    expect(() => new BusinessCalendar('GB', 'ZZZ')).toThrow(RangeError);
  });
});

describe('local dates and instants', () => {
  it('finds the local date of an instant in a time zone', () => {
    expect(localDateOf(new Date('2026-11-23T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDateOf(new Date('2026-11-23T23:30:00Z'), 'America/New_York')).toBe('2026-11-23');
  });

  it('finds the instant of a wall-clock time across a daylight-saving change', () => {
    // London moved to BST on 29 March 2026: 09:00 local is 08:00 UTC after, 09:00 UTC before.
    expect(instantOf('2026-03-28', '09:00', 'Europe/London').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(instantOf('2026-03-29', '09:00', 'Europe/London').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(instantOf('2026-11-24', '08:00', 'Asia/Kolkata').toISOString()).toBe('2026-11-24T02:30:00.000Z');
  });
});

describe('day arithmetic', () => {
  const reference = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  it('adds, counts and names days as the Gregorian calendar does, across centuries and leap years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (offset, days) => {
          const date = reference('2000-02-29', offset);
          expect(addDays(date, days)).toBe(reference(date, days));
          expect(daysBetween(date, reference(date, days))).toBe(days);
          expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
        },
      ),
    );
  });

  it('keeps the day of month, or the last day of a shorter month', () => {
    expect([
      addMonths('2026-01-31', 1),
      addMonths('2028-01-31', 1),
      addMonths('2026-03-15', -1),
      addMonths('2026-11-30', 3),
      addMonths('2100-01-31', 1),
    ]).toEqual(['2026-02-28', '2028-02-29', '2026-02-15', '2027-02-28', '2100-02-28']);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-13-01', '2026-01-01')).toThrow(RangeError);
  });
});
