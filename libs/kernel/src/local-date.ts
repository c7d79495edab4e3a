/**
 * Calendar dates as `YYYY-MM-DD` strings: a deadline or a due date is a day on a calendar, not an
 * instant. Arithmetic runs on UTC midnights so that no daylight-saving change can shift a day.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function toUtcMidnight(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`${date} is not a YYYY-MM-DD date`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return toUtcMidnight(date).getUTCDay();
}

/** The calendar date an instant falls on in a time zone (the customer's, the jurisdiction's). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The instant a local wall-clock time happens in a time zone (the first one, when a DST change repeats it). */
export function instantOf(date: LocalDate, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const guess = new Date(`${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00Z`);
  // Correct the guess by the zone's offset at it, twice: the second pass settles DST boundaries.
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    instant = new Date(guess.getTime() - offsetMinutes(instant, timeZone) * 60_000);
  }
  return instant;
}

/** The zone's offset from UTC at an instant, in minutes (+480 for Asia/Shanghai). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
