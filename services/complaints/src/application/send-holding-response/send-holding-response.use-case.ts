import { Injectable } from '@nestjs/common';
import { ComplaintDeadlineExtendedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import { Complaint } from '../../domain/complaint';
import { RegulatoryClock } from '../../domain/regulatory-clock/regulatory-clock';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

/**
 * A holding response: the CFPB "in progress" company response (final response due at 60 days) or the PSD
 * holding reply in exceptional circumstances (final response due at 35 business days). The customer is
 * told the new deadline through `crm.complaint.deadline-extended.v1`.
 */
@Injectable()
export class SendHoldingResponseUseCase {
  constructor(
    private readonly steps: ComplaintSteps,
    private readonly engine: RegulatoryClock,
  ) {}

  execute(complaintId: string): Promise<Complaint> {
    return this.steps.run(
      complaintId,
      'send-holding-response',
      (complaint, { now, actor, involvedStaff }) => {
        Complaint.ensureNotInvolved(actor, involvedStaff);
        const previous = complaint.deadlines;
        const { change } = complaint.sendHoldingResponse(this.engine, now, actor);
        const c = complaint.snapshot;
        if (!change) return [];
        return [
          newEvent(
            ComplaintDeadlineExtendedV1,
            c.customerId,
            {
              ...eventBase(complaint),
              milestone: change.milestone,
              // A milestone the holding response adds (CFPB final response) extends the response deadline.
              previousDeadline: change.previousDeadline ?? previous.response ?? change.newDeadline,
              newDeadline: change.newDeadline,
              deadlineTimeZone: c.clock.timeZone,
              ground: change.ground,
              extendedAt: now.toISOString(),
            },
            { subject: `complaints/${c.id}`, occurredAt: now },
          ),
        ];
      },
    );
  }
}
