import { Injectable } from '@nestjs/common';
import type { Complaint } from '../../domain/complaint';
import { ComplaintSteps } from '../complaint-steps';
import { resolvedEvent } from '../resolve-complaint/resolved-event';

/** The checker of a maker–checker pair approves the proposed final response; it is then sent. */
@Injectable()
export class ApproveResolutionUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string): Promise<Complaint> {
    return this.steps.run(complaintId, 'approve-resolution', (complaint, { now, actor, involvedStaff }) => {
      complaint.approveResolution(now, actor, involvedStaff);
      return resolvedEvent(complaint, now);
    });
  }
}
