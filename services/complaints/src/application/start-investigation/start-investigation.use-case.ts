import { Injectable } from '@nestjs/common';
import { Complaint } from '../../domain/complaint';
import { ComplaintSteps } from '../complaint-steps';

@Injectable()
export class StartInvestigationUseCase {
  constructor(private readonly steps: ComplaintSteps) {}

  execute(complaintId: string): Promise<Complaint> {
    return this.steps.run(complaintId, 'investigate', (complaint, { now, actor, involvedStaff }) => {
      Complaint.ensureNotInvolved(actor, involvedStaff);
      complaint.startInvestigation(now, actor);
      return [];
    });
  }
}
