import { Injectable } from '@nestjs/common';
import { newId } from '@crm/kernel';
import { EventPublisher, type NewEvent } from '@crm/messaging';
import { entryForEvent } from '../domain/event-titles';
import { TimelineRepository } from './timeline.repository';

/**
 * Publishes interaction-log's own follow-up and survey events and puts each on the customer's
 * timeline in the same transaction, referencing the event it published (no round trip through Kafka).
 */
@Injectable()
export class OwnEvents {
  constructor(
    private readonly events: EventPublisher,
    private readonly timeline: TimelineRepository,
  ) {}

  async publishOnTimeline(...events: NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const event of await this.events.publish(...events)) {
      await this.timeline.add(entryForEvent(newId(), event));
    }
  }
}
