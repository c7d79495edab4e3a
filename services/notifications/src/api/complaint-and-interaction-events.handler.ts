import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ComplaintAcknowledgedV1,
  ComplaintDeadlineExtendedV1,
  ComplaintResolvedV1,
  FollowUpDueV1,
  SurveyInvitedV1,
  type CrmEvent,
} from '@crm/contracts';
import { TriggerWorkflowUseCase } from '../application/trigger-workflow/trigger-workflow.use-case';
import { triggerOf } from './event-trigger';

/** Complaint letters, survey invitations and follow-up tasks: each event triggers its workflows. */
@Controller()
export class ComplaintAndInteractionEventsHandler {
  constructor(private readonly trigger: TriggerWorkflowUseCase) {}

  @EventPattern(ComplaintAcknowledgedV1.type)
  async onComplaintAcknowledged(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(ComplaintResolvedV1.type)
  async onComplaintResolved(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(ComplaintDeadlineExtendedV1.type)
  async onComplaintDeadlineExtended(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(FollowUpDueV1.type)
  async onFollowUpDue(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(SurveyInvitedV1.type)
  async onSurveyInvited(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }
}
