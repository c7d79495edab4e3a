/**
 * The only source of "now" in business code. Inject `Clock`; never call `new Date()` or `Date.now()`
 * directly, so that deadlines, schedules and reminders can be tested by moving time instead of sleeping.
 */
export abstract class Clock {
  abstract now(): Date;

  /** The calendar date (YYYY-MM-DD) it is right now in the given IANA time zone. */
  today(timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told to move: for tests and demos. */
export class AdjustableClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-01T00:00:00Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advanceBy(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
