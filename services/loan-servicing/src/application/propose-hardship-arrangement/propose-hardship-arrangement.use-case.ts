import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { HardshipRequest } from '../../domain/hardship';
import { requireRequest } from '../hardship-request-loader';
import { HardshipRepository } from '../hardship.repository';
import type { ProposeHardshipArrangementCommand } from './propose-hardship-arrangement.command';

/** The maker's step: a staff member proposes one previewed option to the customer. */
@Injectable()
export class ProposeHardshipArrangementUseCase {
  constructor(
    private readonly hardship: HardshipRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: ProposeHardshipArrangementCommand): Promise<HardshipRequest> {
    return this.transactions.run(async () => {
      const request = await requireRequest(this.hardship, command.loanId, command.requestId);
      if (request.status !== 'OPEN' && request.status !== 'PROPOSED')
        throw new DomainError('HARDSHIP_REQUEST_NOT_OPEN', 'conflict', `the request is ${request.status}`);
      const preview = await this.hardship.findPreview(request.id, command.previewId);
      if (!preview)
        throw new NotFoundError(
          'HARDSHIP_PREVIEW_NOT_FOUND',
          `no preview ${command.previewId} of this request`,
        );
      // A new proposal needs a new acceptance: the customer agrees to one specific schedule.
      request.status = 'PROPOSED';
      request.proposal = {
        previewId: preview.id,
        proposedBy: command.proposedBy,
        proposedAt: this.clock.now(),
      };
      request.acceptance = null;
      await this.hardship.saveRequest(request);
      await this.audit.record({
        action: 'loan.hardship.propose',
        resourceType: 'hardship-request',
        resourceId: request.id,
        outcome: 'success',
      });
      return request;
    });
  }
}
