import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail, systemPrincipal } from '@crm/security';
import { ErasureRequestRepository } from '../erasure-request.repository';
import type { RecordErasureCompletionCommand } from './record-erasure-completion.command';

/** Records a service's report that it has erased a customer; the request completes with the last one. */
@Injectable()
export class RecordErasureCompletionUseCase {
  private readonly logger = new Logger('erasure');

  constructor(
    private readonly requests: ErasureRequestRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ report, reportedBy }: RecordErasureCompletionCommand): Promise<void> {
    // A service speaks only for itself: a report about another service's data is refused (dead-lettered).
    if (reportedBy !== report.service)
      throw new DomainError(
        'ERASURE_REPORT_WRONG_SERVICE',
        'invalid',
        `${reportedBy} reported an erasure on behalf of ${report.service}.`,
      );
    await this.transactions.run(async () => {
      const request = await this.requests.lock(report.requestId);
      if (!request) {
        this.logger.warn(
          { requestId: report.requestId, service: report.service },
          'erasure report for an unknown request',
        );
        return;
      }
      if (!request.recordCompletion(report)) return;
      await this.requests.save(request);
      if (request.status === 'completed')
        await this.audit.record(
          {
            action: 'customer.erasure.complete',
            resourceType: 'erasure-request',
            resourceId: report.requestId,
            outcome: 'success',
          },
          systemPrincipal('customer-profile'),
        );
    });
  }
}
