import type { SurveyAnswers } from '../../domain/survey';

export interface RespondToSurveyCommand extends SurveyAnswers {
  surveyId: string;
  /** Set when a customer answers through a customer app: only their own survey. */
  customerId?: string;
}
