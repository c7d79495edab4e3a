import { Injectable } from '@nestjs/common';
import { Clock, DomainError, canonicalizeLocale } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { HardshipRequest } from '../../domain/hardship';
import { requireRequest } from '../hardship-request-loader';
import { HardshipRepository } from '../hardship.repository';
import type { RecordHardshipAcceptanceCommand } from './record-hardship-acceptance.command';

/**
 * The customer's informed agreement to the proposed schedule: what wording (version and language)
 * they saw, through which channel, and when — evidence a lender must keep (FCA CONC 7.3, Consumer Duty).
 */
@Injectable()
export class RecordHardshipAcceptanceUseCase {
  constructor(
    private readonly hardship: HardshipRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: RecordHardshipAcceptanceCommand): Promise<HardshipRequest> {
    return this.transactions.run(async () => {
      const request = await requireRequest(this.hardship, command.loanId, command.requestId);
      if (request.status !== 'PROPOSED')
        throw new DomainError('HARDSHIP_NOT_PROPOSED', 'conflict', 'there is no proposal to accept');
      request.status = 'ACCEPTED';
      request.acceptance = {
        wordingVersion: command.wordingVersion,
        language: canonicalizeLocale(command.language) ?? command.language,
        channel: command.channel,
        acceptedAt: this.clock.now(),
      };
      await this.hardship.saveRequest(request);
      await this.audit.record({
        action: 'loan.hardship.accept',
        resourceType: 'hardship-request',
        resourceId: request.id,
        outcome: 'success',
      });
      return request;
    });
  }
}
