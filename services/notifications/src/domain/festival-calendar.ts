import type { Festival } from '@crm/contracts';
import type { LocalDate } from '@crm/kernel';

/** A date's month and day in another calendar, through ICU (`Intl.DateTimeFormat`). */
function inCalendar(
  date: LocalDate,
  calendar: string,
  month: 'numeric' | 'long',
): { month: string; day: string } {
  const parts = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: 'UTC',
    month,
    day: 'numeric',
  }).formatToParts(new Date(`${date}T12:00:00Z`));
  return {
    month: parts.find((p) => p.type === 'month')?.value ?? '',
    day: parts.find((p) => p.type === 'day')?.value ?? '',
  };
}

const on =
  (calendar: string, month: string, day: string, monthStyle: 'numeric' | 'long' = 'numeric') =>
  (date: LocalDate) => {
    const local = inCalendar(date, calendar, monthStyle);
    return local.month === month && local.day === day;
  };

/**
 * The first day of each festival, computed from its own calendar: lunar new year and mid-autumn from
 * the Chinese calendar, the Eids from Umm al-Qura, Hanukkah from the Hebrew, Nowruz from the Persian
 * (Solar Hijri). Diwali and Vesak follow Hindu and Buddhist lunisolar calendars ICU does not have and
 * differ by country: they are not computed (no greeting, no festival pause) until the bank supplies them.
 * ICU's Chinese calendar can be a day late when the new moon falls just before Beijing midnight (it
 * gives 7 February for the 2027 new year, which is on the 6th).
 */
const FIRST_DAY: Partial<Record<Festival, (date: LocalDate) => boolean>> = {
  'lunar-new-year': on('chinese', '1', '1'),
  'mid-autumn': on('chinese', '8', '15'),
  'eid-al-fitr': on('islamic-umalqura', '10', '1'),
  'eid-al-adha': on('islamic-umalqura', '12', '10'),
  hanukkah: on('hebrew', 'Kislev', '25', 'long'),
  nowruz: on('persian', '1', '1'),
  christmas: (date) => date.endsWith('-12-25'),
};

/** The festivals whose (first) day is this local date. */
export function festivalsOn(date: LocalDate): Festival[] {
  return (Object.keys(FIRST_DAY) as Festival[]).filter((festival) => FIRST_DAY[festival]?.(date));
}
