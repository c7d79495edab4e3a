import { Injectable } from '@nestjs/common';
import type { CrmEvent } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { AuditTrail, systemPrincipal } from '@crm/security';
import { titleForEvent } from '../../domain/timeline-entry';
import { TimelineRepository } from '../timeline.repository';

/**
 * Puts a platform event on the customer's timeline. Runs inside the inbox transaction of the event
 * consumer, so a redelivered event adds nothing.
 */
@Injectable()
export class RecordSystemEventUseCase {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute(event: CrmEvent): Promise<void> {
    const id = newId();
    await this.timeline.add({
      id,
      customerId: event.partitionkey,
      type: event.type,
      channel: 'system',
      occurredAt: new Date(event.time),
      title: titleForEvent(event.type),
      sourceEvent: { id: event.id, type: event.type, source: event.source },
    });
    await this.audit.record(
      { action: 'timeline.entry.record', resourceType: 'timeline-entry', resourceId: id, outcome: 'success' },
      systemPrincipal('interaction-log'),
    );
  }
}
