import { Injectable } from '@nestjs/common';
import { ComplaintReopenedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import type { Complaint } from '../../domain/complaint';
import { RegulatoryClock } from '../../domain/regulatory-clock/regulatory-clock';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

@Injectable()
export class ReopenComplaintUseCase {
  constructor(
    private readonly steps: ComplaintSteps,
    private readonly engine: RegulatoryClock,
  ) {}

  execute(complaintId: string, reason: string): Promise<Complaint> {
    return this.steps.run(complaintId, 'reopen', (complaint, { now, actor }) => {
      complaint.reopen(this.engine, reason, now, actor);
      const c = complaint.snapshot;
      return [
        newEvent(
          ComplaintReopenedV1,
          c.customerId,
          {
            ...eventBase(complaint),
            reopenedAt: now.toISOString(),
            deadlines: complaint.deadlines,
            deadlineTimeZone: c.clock.timeZone,
          },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      ];
    });
  }
}
