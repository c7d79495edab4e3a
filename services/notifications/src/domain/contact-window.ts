import type { ContactHours } from '@crm/contracts';
import { addDays, instantOf, localDateOf, type LocalDate } from '@crm/kernel';

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Building an Intl formatter costs far more than using one: one per zone, kept. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time (`HH:mm`) of an instant in a time zone. */
export function localTimeOf(instant: Date, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Whether a wall-clock time falls in a daily window; `end` before `start` crosses midnight. */
export function isWithinWindow(window: ContactHours, time: string): boolean {
  const t = minutesOf(time);
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return true;
  return start < end ? t >= start && t < end : t >= start || t < end;
}

export interface ContactRules {
  timeZone: string;
  /** Every window must contain the moment (the customer's hours and legal floors). */
  windows: ContactHours[];
  /** Local dates on which no contact is allowed (festivals the customer observes). */
  isBlockedDate?: (date: LocalDate) => boolean;
  /** No contact before this instant (a contact cap). */
  notBefore?: Date;
}

export function isAllowedAt(instant: Date, rules: ContactRules): boolean {
  if (rules.notBefore && instant < rules.notBefore) return false;
  if (rules.isBlockedDate?.(localDateOf(instant, rules.timeZone))) return false;
  const time = localTimeOf(instant, rules.timeZone);
  return rules.windows.every((window) => isWithinWindow(window, time));
}

const SEARCH_DAYS = 30;

/**
 * The first moment at or after `now` when contact is allowed. Candidates are the local starts of each
 * window and each local midnight, turned into instants with the zone's rules of that very day, so that
 * a daylight-saving change between now and then moves nothing: 09:00 stays 09:00 local.
 */
export function nextAllowedMoment(now: Date, rules: ContactRules): Date | undefined {
  const from = rules.notBefore && rules.notBefore > now ? rules.notBefore : now;
  if (isAllowedAt(from, rules)) return from;
  const firstDay = localDateOf(from, rules.timeZone);
  const times = ['00:00', ...rules.windows.map((w) => w.start)];
  const candidates: Date[] = [];
  for (let day = 0; day <= SEARCH_DAYS; day++) {
    const date = addDays(firstDay, day);
    for (const time of times) candidates.push(instantOf(date, time, rules.timeZone));
  }
  return candidates
    .filter((candidate) => candidate > from)
    .sort((a, b) => a.getTime() - b.getTime())
    .find((candidate) => isAllowedAt(candidate, rules));
}
