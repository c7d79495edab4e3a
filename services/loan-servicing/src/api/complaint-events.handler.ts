import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ComplaintClosedV1,
  ComplaintReceivedV1,
  ComplaintReopenedV1,
  ComplaintResolvedV1,
  type ComplaintEventBase,
  type CrmEvent,
} from '@crm/contracts';
import { RecordComplaintCopyUseCase } from '../application/record-complaint-copy/record-complaint-copy.use-case';

/** Complaints about a loan (those with a loanId) feed its early warning while they are open. */
@Controller()
export class ComplaintEventsHandler {
  constructor(private readonly recordComplaint: RecordComplaintCopyUseCase) {}

  private async record(event: CrmEvent<ComplaintEventBase>, isOpen: boolean): Promise<void> {
    const { complaintId, customerId, loanId } = event.data;
    if (!loanId) return;
    await this.recordComplaint.execute({ complaintId, loanId, customerId, isOpen, at: new Date(event.time) });
  }

  @EventPattern(ComplaintReceivedV1.type)
  onReceived(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.record(event, true);
  }

  @EventPattern(ComplaintReopenedV1.type)
  onReopened(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.record(event, true);
  }

  @EventPattern(ComplaintResolvedV1.type)
  onResolved(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.record(event, false);
  }

  @EventPattern(ComplaintClosedV1.type)
  onClosed(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.record(event, false);
  }
}
