import fc from 'fast-check';
import { addDays, daysBetween } from '@crm/kernel';
import { addMonths, daysFromTo, plusDays } from './calendar-math';

describe('calendar math', () => {
  it('adds and counts days exactly as the kernel does, across centuries and leap years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (offset, days) => {
          const date = addDays('2000-02-29', offset);
          expect(plusDays(date, days)).toBe(addDays(date, days));
          expect(daysFromTo(date, addDays(date, days))).toBe(daysBetween(date, addDays(date, days)));
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
    ]).toEqual(['2026-02-28', '2028-02-29', '2026-02-15', '2027-02-28']);
  });
});
