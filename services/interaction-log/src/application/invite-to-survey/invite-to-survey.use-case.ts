import { Injectable } from '@nestjs/common';
import { SurveyInvitedV1 } from '@crm/contracts';
import { Clock, newId } from '@crm/kernel';
import { newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { inviteToSurvey, type Survey } from '../../domain/survey';
import { InteractionLogSettings } from '../../interaction-log.settings';
import { CustomerCopyRepository } from '../customer-copy.repository';
import { OwnEvents } from '../own-events';
import { SurveyRepository } from '../survey.repository';
import type { InviteToSurveyCommand } from './invite-to-survey.command';

/**
 * Creates the satisfaction survey a trigger asks for, if that trigger is switched on and has none yet:
 * the unique (trigger, trigger id) constraint keeps it to one however often the trigger arrives.
 */
@Injectable()
export class InviteToSurveyUseCase {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly customers: CustomerCopyRepository,
    private readonly ownEvents: OwnEvents,
    private readonly transactions: TransactionRunner,
    private readonly settings: InteractionLogSettings,
    private readonly clock: Clock,
  ) {}

  async execute(command: InviteToSurveyCommand): Promise<Survey | undefined> {
    if (!this.settings.surveysOn(command.trigger)) return undefined;
    return this.transactions.run(async () => {
      const language = command.language ?? (await this.customers.get(command.customerId))?.locale;
      const survey = inviteToSurvey(
        { ...command, id: newId(), ...(language ? { language } : {}) },
        this.clock.now(),
        this.settings.SURVEY_EXPIRY_DAYS,
      );
      if (!(await this.surveys.addIfNew(survey))) return undefined;
      await this.ownEvents.publishOnTimeline(
        newEvent(
          SurveyInvitedV1,
          survey.customerId,
          {
            surveyId: survey.id,
            customerId: survey.customerId,
            trigger: survey.trigger,
            triggerId: survey.triggerId,
            ...(survey.channel ? { channel: survey.channel } : {}),
            ...(survey.language ? { language: survey.language } : {}),
            invitedAt: survey.invitedAt.toISOString(),
            expiresAt: survey.expiresAt.toISOString(),
          },
          { subject: `surveys/${survey.id}`, occurredAt: survey.invitedAt },
        ),
      );
      return survey;
    });
  }
}
