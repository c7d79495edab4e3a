import { Injectable } from '@nestjs/common';
import { SurveyRespondedV1 } from '@crm/contracts';
import { Clock, NotFoundError } from '@crm/kernel';
import { newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { answerSurvey, surveyAlreadyAnswered, type Survey } from '../../domain/survey';
import { OwnEvents } from '../own-events';
import { SurveyRepository } from '../survey.repository';
import type { RespondToSurveyCommand } from './respond-to-survey.command';

@Injectable()
export class RespondToSurveyUseCase {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly ownEvents: OwnEvents,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ surveyId, customerId, ...answers }: RespondToSurveyCommand): Promise<Survey> {
    return this.transactions.run(async () => {
      const survey = await this.surveys.get(surveyId);
      // Another customer's survey answers like a missing one: its existence is not disclosed.
      if (!survey || (customerId !== undefined && survey.customerId !== customerId)) {
        throw new NotFoundError('SURVEY_NOT_FOUND', `no survey ${surveyId}`);
      }
      const response = answerSurvey(survey, answers, this.clock.now());
      // The conditional update settles a race between two answers: the second finds it answered.
      if (!(await this.surveys.recordResponse(survey.id, response))) throw surveyAlreadyAnswered(survey.id);
      await this.ownEvents.publishOnTimeline(
        newEvent(
          SurveyRespondedV1,
          survey.customerId,
          {
            surveyId: survey.id,
            customerId: survey.customerId,
            trigger: survey.trigger,
            ...(response.csat === undefined ? {} : { csat: response.csat }),
            ...(response.nps === undefined ? {} : { nps: response.nps }),
            respondedAt: response.respondedAt.toISOString(),
          },
          { subject: `surveys/${survey.id}`, occurredAt: response.respondedAt },
        ),
      );
      await this.audit.record({
        action: 'survey.respond',
        resourceType: 'survey',
        resourceId: survey.id,
        fields: response.comment === undefined ? [] : ['comment'],
        outcome: 'success',
      });
      return { ...survey, response };
    });
  }
}
