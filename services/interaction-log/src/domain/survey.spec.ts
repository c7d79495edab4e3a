import { answerSurvey, inviteToSurvey } from './survey';

const invitedAt = new Date('2026-11-24T08:00:00Z');
const survey = inviteToSurvey(
  { id: 's-1', customerId: 'c-1', trigger: 'complaint-resolved', triggerId: 't-1' },
  invitedAt,
  14,
);

describe('surveys', () => {
  it('expires after the configured number of days', () => {
    expect(survey.expiresAt.toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(() => answerSurvey(survey, { csat: 3 }, new Date('2026-12-08T07:59:59Z'))).not.toThrow();
    expect(() => answerSurvey(survey, { csat: 3 }, new Date('2026-12-08T08:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'SURVEY_EXPIRED' }),
    );
  });

  it('takes CSAT 1–5 and NPS 0–10, at least one of them', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    expect(answerSurvey(survey, { nps: 0 }, now)).toEqual({ nps: 0, respondedAt: now });
    expect(() => answerSurvey(survey, { comment: 'hi' }, now)).toThrow(
      expect.objectContaining({ code: 'SURVEY_RESPONSE_EMPTY' }),
    );
    expect(() => answerSurvey(survey, { csat: 0 }, now)).toThrow(
      expect.objectContaining({ code: 'INVALID_CSAT' }),
    );
    expect(() => answerSurvey(survey, { nps: 10.5 }, now)).toThrow(
      expect.objectContaining({ code: 'INVALID_NPS' }),
    );
  });

  it('refuses a second answer', () => {
    const answered = { ...survey, response: { csat: 4, respondedAt: invitedAt } };
    expect(() => answerSurvey(answered, { csat: 5 }, invitedAt)).toThrow(
      expect.objectContaining({ code: 'SURVEY_ALREADY_ANSWERED', kind: 'conflict' }),
    );
  });
});
