import type { SurveyTrigger } from '@crm/contracts';
import { DomainError } from '@crm/kernel';

export const COMMENT_MAX_LENGTH = 2000;

export interface Survey {
  id: string;
  customerId: string;
  trigger: SurveyTrigger;
  /** The interaction, complaint or loan that triggered it: one survey per trigger, ever. */
  triggerId: string;
  /** Channel, language and team of the touchpoint being rated, for the cross-cultural view. */
  channel?: string;
  language?: string;
  team?: string;
  invitedAt: Date;
  expiresAt: Date;
  response?: SurveyResponse;
}

export interface SurveyAnswers {
  /** 1–5. */
  csat?: number;
  /** 0–10. */
  nps?: number;
  comment?: string;
}

export interface SurveyResponse extends SurveyAnswers {
  respondedAt: Date;
}

export function inviteToSurvey(
  invitation: Omit<Survey, 'invitedAt' | 'expiresAt' | 'response'>,
  now: Date,
  expiryDays: number,
): Survey {
  return { ...invitation, invitedAt: now, expiresAt: new Date(now.getTime() + expiryDays * 86_400_000) };
}

/** Checks an answer against the survey's state; the repository records it only if still unanswered. */
export function answerSurvey(survey: Survey, answers: SurveyAnswers, now: Date): SurveyResponse {
  if (answers.csat === undefined && answers.nps === undefined) {
    throw new DomainError('SURVEY_RESPONSE_EMPTY', 'invalid', 'a response needs csat (1–5) or nps (0–10)');
  }
  if (
    answers.csat !== undefined &&
    !(Number.isInteger(answers.csat) && answers.csat >= 1 && answers.csat <= 5)
  ) {
    throw new DomainError('INVALID_CSAT', 'invalid', 'csat must be a whole number from 1 to 5');
  }
  if (
    answers.nps !== undefined &&
    !(Number.isInteger(answers.nps) && answers.nps >= 0 && answers.nps <= 10)
  ) {
    throw new DomainError('INVALID_NPS', 'invalid', 'nps must be a whole number from 0 to 10');
  }
  if (survey.response) throw surveyAlreadyAnswered(survey.id);
  if (now.getTime() >= survey.expiresAt.getTime()) {
    throw new DomainError(
      'SURVEY_EXPIRED',
      'conflict',
      `survey ${survey.id} expired at ${survey.expiresAt.toISOString()}`,
      {
        expiresAt: survey.expiresAt.toISOString(),
      },
    );
  }
  return { ...answers, respondedAt: now };
}

export function surveyAlreadyAnswered(id: string): DomainError {
  return new DomainError('SURVEY_ALREADY_ANSWERED', 'conflict', `survey ${id} has already been answered`);
}
