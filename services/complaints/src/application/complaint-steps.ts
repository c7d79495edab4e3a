import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError } from '@crm/kernel';
import { EventPublisher, type NewEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail, currentPrincipal } from '@crm/security';
import type { Complaint } from '../domain/complaint';
import { ComplaintRepository, InvolvementRepository } from './complaint.repository';

export interface StepContext {
  now: Date;
  /** Who acts: the caller's subject (a staff id for staff tokens). */
  actor: string;
  /** Staff who took part in the complained-about interaction (recusal). */
  involvedStaff: ReadonlySet<string>;
}

/**
 * The frame of every step on a complaint: in one transaction, lock and load it, apply the step, save it,
 * write the audit record and publish the step's events (outbox), or do none of it.
 */
@Injectable()
export class ComplaintSteps {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly involvement: InvolvementRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  run(
    complaintId: string,
    action: string,
    step: (complaint: Complaint, context: StepContext) => NewEvent[] | Promise<NewEvent[]>,
  ): Promise<Complaint> {
    return this.transactions.run(async () => {
      const complaint = await this.complaints.findById(complaintId, true);
      if (!complaint) throw new NotFoundError('COMPLAINT_NOT_FOUND', `no complaint ${complaintId}`);
      const interactionId = complaint.snapshot.interactionId;
      const context: StepContext = {
        now: this.clock.now(),
        actor: currentPrincipal()?.subject ?? 'anonymous',
        involvedStaff: interactionId ? await this.involvement.staffOf(interactionId) : new Set(),
      };
      const events = await step(complaint, context);
      await this.complaints.save(complaint);
      await this.audit.record({
        action: `complaint.${action}`,
        resourceType: 'complaint',
        resourceId: complaintId,
        outcome: 'success',
      });
      for (const event of events) await this.events.publish(event);
      return complaint;
    });
  }
}

export function requireText(value: string | undefined, code: string, message: string): string {
  if (value === undefined || value.trim() === '') throw new DomainError(code, 'invalid', message);
  return value;
}
