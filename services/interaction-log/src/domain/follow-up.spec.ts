import { followUpStatus, rescheduleFollowUp, scheduleFollowUp } from './follow-up';

const now = new Date('2026-11-24T08:00:00Z');
const followUp = scheduleFollowUp(
  {
    id: 'f-1',
    customerId: 'c-1',
    dueAt: new Date('2026-11-24T10:00:00Z'),
    reason: 'call back',
    assignedTeam: 'care',
  },
  now,
);
const HOUR = 3_600_000;

describe('follow-ups', () => {
  it('needs a staff member or a team, and a due time in the future', () => {
    expect(() => scheduleFollowUp({ ...followUp, assignedTeam: undefined }, now)).toThrow(
      expect.objectContaining({ code: 'FOLLOW_UP_UNASSIGNED' }),
    );
    expect(() => scheduleFollowUp({ ...followUp, dueAt: now }, now)).toThrow(
      expect.objectContaining({ code: 'FOLLOW_UP_DUE_IN_PAST' }),
    );
  });

  it('is scheduled, then due, then overdue once the margin has passed', () => {
    expect(followUpStatus(followUp, now, 2 * HOUR)).toBe('scheduled');
    expect(followUpStatus(followUp, new Date('2026-11-24T10:00:00Z'), 2 * HOUR)).toBe('due');
    expect(followUpStatus(followUp, new Date('2026-11-24T11:59:59Z'), 2 * HOUR)).toBe('due');
    expect(followUpStatus(followUp, new Date('2026-11-24T12:00:00Z'), 2 * HOUR)).toBe('overdue');
    expect(
      followUpStatus({ ...followUp, completedAt: now }, new Date('2026-11-30T00:00:00Z'), 2 * HOUR),
    ).toBe('completed');
  });

  it('cannot be rescheduled once completed', () => {
    expect(() =>
      rescheduleFollowUp({ ...followUp, completedAt: now }, new Date('2026-11-25T00:00:00Z'), now),
    ).toThrow(expect.objectContaining({ code: 'FOLLOW_UP_ALREADY_COMPLETED' }));
  });
});
