import type { ScoreCounts } from '../domain/satisfaction';
import type { Survey, SurveyResponse } from '../domain/survey';

export type SatisfactionGrouping = 'channel' | 'language' | 'team';

export abstract class SurveyRepository {
  /** False when this trigger already has its survey (unique on trigger and trigger id). */
  abstract addIfNew(survey: Survey): Promise<boolean>;
  abstract get(id: string): Promise<Survey | undefined>;
  /** False when the survey was answered meanwhile (a concurrent answer). */
  abstract recordResponse(id: string, response: SurveyResponse): Promise<boolean>;
  /** Counts of the responses given in [from, to), per group (`all` without grouping). */
  abstract scoreCounts(
    from: Date,
    to: Date,
    groupBy?: SatisfactionGrouping,
  ): Promise<(ScoreCounts & { group: string })[]>;
  abstract eraseComments(customerId: string): Promise<number>;
}
