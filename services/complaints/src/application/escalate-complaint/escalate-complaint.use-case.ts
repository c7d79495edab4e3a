import { Injectable } from '@nestjs/common';
import { ComplaintEscalatedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import type { Complaint } from '../../domain/complaint';
import type { EscalationTarget } from '../../domain/root-causes';
import { eventBase } from '../complaint-events';
import { ComplaintSteps } from '../complaint-steps';

export interface EscalateComplaintCommand {
  to: EscalationTarget;
  reference?: string;
}

@Injectable()
export class EscalateComplaintUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string, command: EscalateComplaintCommand): Promise<Complaint> {
    return this.steps.run(complaintId, 'escalate', (complaint, { now, actor }) => {
      complaint.escalate(command.to, command.reference, now, actor);
      const c = complaint.snapshot;
      return [
        newEvent(
          ComplaintEscalatedV1,
          c.customerId,
          {
            ...eventBase(complaint),
            escalatedTo: command.to,
            ...(command.reference ? { reference: command.reference } : {}),
            escalatedAt: now.toISOString(),
          },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      ];
    });
  }
}
