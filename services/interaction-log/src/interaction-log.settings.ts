import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { SURVEY_TRIGGERS, type SurveyTrigger } from '@crm/contracts';

/** interaction-log's own settings, read from the environment at start (defaults below). */
export class InteractionLogSettings {
  /** How long after dueAt an open follow-up counts as missed and `crm.followup.overdue.v1` fires. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 90)
  FOLLOW_UP_OVERDUE_MARGIN_MINUTES = 24 * 60;

  /** Which triggers create a satisfaction survey (comma-separated), or `none`. */
  @Matches(
    /^(none|(interaction-resolved|complaint-resolved|loan-restructured)(,(interaction-resolved|complaint-resolved|loan-restructured))*)$/,
    {
      message:
        'SURVEY_TRIGGERS must be none or a comma-separated list of interaction-resolved, complaint-resolved, loan-restructured',
    },
  )
  SURVEY_TRIGGERS = SURVEY_TRIGGERS.join(',');

  /** Days a survey invitation can be answered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  SURVEY_EXPIRY_DAYS = 14;

  get overdueMarginMs(): number {
    return this.FOLLOW_UP_OVERDUE_MARGIN_MINUTES * 60_000;
  }

  surveysOn(trigger: SurveyTrigger): boolean {
    return this.SURVEY_TRIGGERS.split(',').includes(trigger);
  }
}
