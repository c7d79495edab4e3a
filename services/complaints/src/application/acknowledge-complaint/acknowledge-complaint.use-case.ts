import { Injectable } from '@nestjs/common';
import { ComplaintAcknowledgedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import type { Complaint } from '../../domain/complaint';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

/** The written acknowledgement went out (DISP 1.6.1R); the customer's letter carries the deadlines. */
@Injectable()
export class AcknowledgeComplaintUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string): Promise<Complaint> {
    return this.steps.run(complaintId, 'acknowledge', (complaint, { now, actor }) => {
      complaint.acknowledge(now, actor);
      const c = complaint.snapshot;
      return [
        newEvent(
          ComplaintAcknowledgedV1,
          c.customerId,
          {
            ...eventBase(complaint),
            acknowledgedAt: now.toISOString(),
            deadlines: complaint.deadlines,
            deadlineTimeZone: c.clock.timeZone,
          },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      ];
    });
  }
}
