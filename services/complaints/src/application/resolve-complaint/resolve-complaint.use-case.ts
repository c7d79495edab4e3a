import { Injectable } from '@nestjs/common';
import { Complaint, type FinalResponse } from '../../domain/complaint';
import { ComplaintSteps } from '../complaint-steps';
import { resolvedEvent } from './resolved-event';

/** The final response (or, with legal or regulatory impact, its proposal awaiting a checker). */
@Injectable()
export class ResolveComplaintUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string, command: FinalResponse): Promise<Complaint> {
    return this.steps.run(complaintId, 'resolve', (complaint, { now, actor, involvedStaff }) => {
      Complaint.ensureNotInvolved(actor, involvedStaff);
      const result = complaint.resolve(command, now, actor);
      return result === 'resolved' ? resolvedEvent(complaint, now) : [];
    });
  }
}
