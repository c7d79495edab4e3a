import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ComplaintResolvedV1,
  LoanRestructuredV1,
  type ComplaintResolvedV1Data,
  type CrmEvent,
  type LoanRestructuredV1Data,
} from '@crm/contracts';
import { InviteToSurveyUseCase } from '../application/invite-to-survey/invite-to-survey.use-case';
import { RecordSystemEventUseCase } from '../application/record-system-event/record-system-event.use-case';

/** Events of other services that may trigger a satisfaction survey, besides showing on the timeline. */
@Controller()
export class SurveyTriggerEventsHandler {
  constructor(
    private readonly recordSystemEvent: RecordSystemEventUseCase,
    private readonly inviteToSurvey: InviteToSurveyUseCase,
  ) {}

  @EventPattern(ComplaintResolvedV1.type)
  async onComplaintResolved(@Payload() event: CrmEvent<ComplaintResolvedV1Data>): Promise<void> {
    await this.recordSystemEvent.execute(event);
    await this.inviteToSurvey.execute({
      trigger: 'complaint-resolved',
      triggerId: event.data.complaintId,
      customerId: event.data.customerId,
      language: event.data.language,
    });
  }

  @EventPattern(LoanRestructuredV1.type)
  async onLoanRestructured(@Payload() event: CrmEvent<LoanRestructuredV1Data>): Promise<void> {
    await this.recordSystemEvent.execute(event);
    await this.inviteToSurvey.execute({
      trigger: 'loan-restructured',
      triggerId: event.data.loanId,
      customerId: event.data.customerId,
    });
  }
}
