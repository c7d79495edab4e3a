import { Injectable } from '@nestjs/common';
import type { Complaint } from '../../domain/complaint';
import { ComplaintSteps } from '../complaint-steps';

/** Assigns a handler; staff involved in the complained-about interaction are recused. */
@Injectable()
export class AssignComplaintUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string, handlerId: string): Promise<Complaint> {
    return this.steps.run(complaintId, 'assign', (complaint, { now, actor, involvedStaff }) => {
      complaint.assign(handlerId, involvedStaff, now, actor);
      return [];
    });
  }
}
