import { Injectable } from '@nestjs/common';
import { CustomerErasureRequestedV1, PrivacyErasureCompletedV1 } from '@crm/contracts';
import { Clock, DomainError, NotFoundError, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { ErasureRequest } from '../../../domain/privacy/erasure-request';
import { ErasureRequestRepository } from '../erasure-request.repository';
import { PersonalDataEraser } from '../personal-data-eraser';
import type { RequestErasureCommand } from './request-erasure.command';

/**
 * Starts a data subject's erasure (GDPR Art. 17, PIPL Art. 47): erases this service's own data at
 * once, asks every other service to do the same, and records this service's completion — all in one
 * transaction, so the request, the erasure and the events exist together or not at all.
 */
@Injectable()
export class RequestErasureUseCase {
  constructor(
    private readonly requests: ErasureRequestRepository,
    private readonly eraser: PersonalDataEraser,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RequestErasureCommand): Promise<ErasureRequest> {
    const { customerId } = command;
    return this.transactions.run(async () => {
      if (!(await this.eraser.isRegistered(customerId)))
        throw new NotFoundError('CUSTOMER_NOT_FOUND', 'No such customer.');
      const existing = await this.requests.findByCustomer(customerId);
      if (existing)
        throw new DomainError(
          'ERASURE_ALREADY_REQUESTED',
          'conflict',
          'An erasure of this customer was already requested.',
          {
            requestId: existing.snapshot.id,
          },
        );
      const now = this.clock.now();
      const request = ErasureRequest.open(newId(), customerId, now);
      const outcome = await this.eraser.erase(customerId, now);
      const report = {
        customerId,
        service: 'customer-profile' as const,
        ...outcome,
        completedAt: now.toISOString(),
      };
      request.recordCompletion(report);
      await this.requests.add(request);
      await this.audit.record({
        action: 'customer.erasure.request',
        resourceType: 'customer',
        resourceId: customerId,
        fields: outcome.erased,
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          CustomerErasureRequestedV1,
          customerId,
          { customerId, requestId: request.snapshot.id, requestedAt: now.toISOString() },
          { occurredAt: now },
        ),
        newEvent(
          PrivacyErasureCompletedV1,
          customerId,
          { requestId: request.snapshot.id, ...report },
          { occurredAt: now },
        ),
      );
      return request;
    });
  }
}
