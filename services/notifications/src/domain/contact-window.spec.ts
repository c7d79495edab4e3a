import { isWithinWindow, nextAllowedMoment } from './contact-window';

describe('contact window', () => {
  it('treats a window whose end is before its start as crossing midnight', () => {
    const night = { start: '22:00', end: '06:00' };
    expect(isWithinWindow(night, '23:30')).toBe(true);
    expect(isWithinWindow(night, '05:59')).toBe(true);
    expect(isWithinWindow(night, '06:00')).toBe(false);
    expect(isWithinWindow(night, '12:00')).toBe(false);
  });

  it('defers a London message sent after hours on the eve of the spring change to 09:00 BST', () => {
    // 28 March 2026, 22:30 GMT; clocks go forward at 01:00 UTC on the 29th.
    const next = nextAllowedMoment(new Date('2026-03-28T22:30:00Z'), {
      timeZone: 'Europe/London',
      windows: [{ start: '09:00', end: '20:00' }],
    });
    expect(next?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  it('defers a New York message across the March change to 08:00 EDT', () => {
    // 7 March 2026, 22:00 EST; EDT starts on 8 March at 02:00 local.
    const next = nextAllowedMoment(new Date('2026-03-08T03:00:00Z'), {
      timeZone: 'America/New_York',
      windows: [{ start: '08:00', end: '21:00' }],
    });
    expect(next?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('opens a night window the same evening', () => {
    const next = nextAllowedMoment(new Date('2026-06-01T12:00:00Z'), {
      timeZone: 'UTC',
      windows: [{ start: '22:00', end: '06:00' }],
    });
    expect(next?.toISOString()).toBe('2026-06-01T22:00:00.000Z');
  });

  it('needs every window at once: the customer hours and a legal floor', () => {
    // The customer allows 06:00–23:00; the floor 08:00–21:00; at 06:30 local the floor holds it to 08:00.
    const next = nextAllowedMoment(new Date('2026-06-01T10:30:00Z'), {
      timeZone: 'America/New_York',
      windows: [
        { start: '06:00', end: '23:00' },
        { start: '08:00', end: '21:00' },
      ],
    });
    expect(next?.toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });

  it('skips a blocked date to the next allowed local morning', () => {
    const next = nextAllowedMoment(new Date('2026-12-25T10:00:00Z'), {
      timeZone: 'Europe/London',
      windows: [{ start: '09:00', end: '20:00' }],
      isBlockedDate: (date) => date === '2026-12-25',
    });
    expect(next?.toISOString()).toBe('2026-12-26T09:00:00.000Z');
  });

  it('is now when now is allowed', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(nextAllowedMoment(now, { timeZone: 'UTC', windows: [{ start: '09:00', end: '20:00' }] })).toEqual(
      now,
    );
  });
});
