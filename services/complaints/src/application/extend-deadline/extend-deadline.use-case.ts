import { Injectable } from '@nestjs/common';
import { ComplaintDeadlineExtendedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import type { Complaint } from '../../domain/complaint';
import { RegulatoryClock } from '../../domain/regulatory-clock/regulatory-clock';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

export interface ExtendDeadlineCommand {
  ground: string;
  reason: string;
}

/** An extension the regime allows (cn-nfra Art. 20), approved by the caller; the customer is told. */
@Injectable()
export class ExtendDeadlineUseCase {
  constructor(
    private readonly steps: ComplaintSteps,
    private readonly engine: RegulatoryClock,
  ) {}

  execute(complaintId: string, command: ExtendDeadlineCommand): Promise<Complaint> {
    return this.steps.run(complaintId, 'extend', (complaint, { now, actor, involvedStaff }) => {
      const change = complaint.extend(this.engine, command.ground, command.reason, actor, involvedStaff, now);
      const c = complaint.snapshot;
      return [
        newEvent(
          ComplaintDeadlineExtendedV1,
          c.customerId,
          {
            ...eventBase(complaint),
            milestone: change.milestone,
            previousDeadline: change.previousDeadline,
            newDeadline: change.newDeadline,
            deadlineTimeZone: c.clock.timeZone,
            ground: change.ground,
            extendedAt: now.toISOString(),
          },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      ];
    });
  }
}
