import { Injectable } from '@nestjs/common';
import { ComplaintClosedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import { Complaint } from '../../domain/complaint';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

export interface CloseComplaintCommand {
  rootCause: string;
  findings: string;
}

@Injectable()
export class CloseComplaintUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string, command: CloseComplaintCommand): Promise<Complaint> {
    return this.steps.run(complaintId, 'close', (complaint, { now, actor, involvedStaff }) => {
      Complaint.ensureNotInvolved(actor, involvedStaff);
      complaint.close(command.rootCause, command.findings, now, actor);
      const c = complaint.snapshot;
      return [
        newEvent(
          ComplaintClosedV1,
          c.customerId,
          { ...eventBase(complaint), rootCause: command.rootCause, closedAt: now.toISOString() },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      ];
    });
  }
}
