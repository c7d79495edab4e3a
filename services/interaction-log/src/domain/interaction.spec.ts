import {
  correctInteraction,
  interactionTitle,
  recordInteraction,
  type InteractionFacts,
} from './interaction';

const now = new Date('2026-11-24T12:00:00Z');
const facts: InteractionFacts = {
  channel: 'line',
  direction: 'outbound',
  occurredAt: new Date('2026-11-24T11:00:00Z'),
  language: 'ZH-hant-tw',
  interpreterUsed: false,
  summary: '已致電確認還款安排。',
  outcome: 'resolved',
  topics: ['Repayment', 'repayment'],
};

describe('interactions', () => {
  it('stores the canonical language tag and distinct lower-case topics', () => {
    const interaction = recordInteraction('i-1', 'c-1', facts, now);
    expect(interaction).toMatchObject({ language: 'zh-Hant-TW', topics: ['repayment'], recordedAt: now });
  });

  it('refuses an interaction that lies in the future beyond clock drift', () => {
    expect(() =>
      recordInteraction('i-1', 'c-1', { ...facts, occurredAt: new Date('2026-11-24T12:04:00Z') }, now),
    ).not.toThrow();
    expect(() =>
      recordInteraction('i-1', 'c-1', { ...facts, occurredAt: new Date('2026-11-24T12:06:00Z') }, now),
    ).toThrow(expect.objectContaining({ code: 'INTERACTION_IN_FUTURE' }));
  });

  it('counts the summary limit in characters, not UTF-16 units', () => {
    expect(() =>
      recordInteraction('i-1', 'c-1', { ...facts, summary: '😀'.repeat(4000) }, now),
    ).not.toThrow();
    expect(() => recordInteraction('i-1', 'c-1', { ...facts, summary: '😀'.repeat(4001) }, now)).toThrow(
      expect.objectContaining({ code: 'SUMMARY_TOO_LONG' }),
    );
  });

  it('corrects for the same customer, referencing the original', () => {
    const original = recordInteraction('i-1', 'c-1', facts, now);
    const correction = correctInteraction(original, 'i-2', { ...facts, outcome: 'informed' }, now);
    expect(correction).toMatchObject({
      id: 'i-2',
      customerId: 'c-1',
      supersedes: 'i-1',
      outcome: 'informed',
    });
    expect(interactionTitle(correction)).toBe('LINE (outbound): informed (corrected)');
  });

  it('refuses to correct a superseded interaction', () => {
    const original = { ...recordInteraction('i-1', 'c-1', facts, now), supersededBy: 'i-2' };
    expect(() => correctInteraction(original, 'i-3', facts, now)).toThrow(
      expect.objectContaining({ code: 'INTERACTION_ALREADY_SUPERSEDED', kind: 'conflict' }),
    );
  });
});
