import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  LoanHardshipArrangementEndedV1,
  LoanHardshipArrangementStartedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
  LoanRiskWarningV1,
  type CrmEvent,
} from '@crm/contracts';
import { RecordRecipientChangeUseCase } from '../application/record-recipient-change/record-recipient-change.use-case';
import { TriggerWorkflowUseCase } from '../application/trigger-workflow/trigger-workflow.use-case';
import { triggerOf } from './event-trigger';

/** Loan-servicing events: reminders, collections, hardship (which also pauses collections), risk tasks. */
@Controller()
export class LoanEventsHandler {
  constructor(
    private readonly recordChange: RecordRecipientChangeUseCase,
    private readonly trigger: TriggerWorkflowUseCase,
  ) {}

  @EventPattern(LoanPaymentDueV1.type)
  async onPaymentDue(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(LoanPaymentMissedV1.type)
  async onPaymentMissed(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(LoanHardshipArrangementStartedV1.type)
  async onHardshipStarted(@Payload() event: CrmEvent): Promise<void> {
    await this.recordChange.execute(event);
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(LoanHardshipArrangementEndedV1.type)
  async onHardshipEnded(@Payload() event: CrmEvent): Promise<void> {
    await this.recordChange.execute(event);
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(LoanRiskWarningV1.type)
  async onRiskWarning(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }
}
