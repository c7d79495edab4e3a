import { Injectable } from '@nestjs/common';
import type { CrmEvent } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { AuditTrail, systemPrincipal } from '@crm/security';
import { entryForEvent } from '../../domain/event-titles';
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
    const entry = entryForEvent(newId(), event);
    await this.timeline.add(entry);
    await this.audit.record(
      {
        action: 'timeline.entry.record',
        resourceType: 'timeline-entry',
        resourceId: entry.id,
        outcome: 'success',
      },
      systemPrincipal('interaction-log'),
    );
  }
}
