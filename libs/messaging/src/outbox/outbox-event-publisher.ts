import { Clock, newId } from '@crm/kernel';
import { eventsTopic, validateEventData, type CrmEvent, type ServiceName } from '@crm/contracts';
import { requireTransaction } from '@crm/persistence';
import { traceHeaders } from '../trace-propagation';
import { EventPublisher, type NewEvent } from './event-publisher';

/** Publishes by inserting into the service's outbox table, in the caller's transaction. */
export class OutboxEventPublisher extends EventPublisher {
  constructor(
    private readonly service: ServiceName,
    private readonly clock: Clock,
    private readonly topicPrefix = '',
  ) {
    super();
  }

  async publish(...events: NewEvent[]): Promise<CrmEvent[]> {
    const manager = requireTransaction();
    const envelopes = events.map((event) => this.envelope(event));
    // Per-customer lock until commit: two transactions writing events for the same customer take their
    // outbox positions in commit order, so the relay (which publishes in position order) keeps that order.
    const keys = [...new Set(envelopes.map((e) => e.partitionkey))].sort();
    for (const key of keys) await manager.query('SELECT pg_advisory_xact_lock(1, hashtext($1))', [key]);

    const trace = JSON.stringify(traceHeaders());
    for (const envelope of envelopes) {
      await manager.query(
        `INSERT INTO outbox (event_id, topic, partition_key, event_type, event, trace_headers)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          envelope.id,
          eventsTopic(this.service, this.topicPrefix),
          envelope.partitionkey,
          envelope.type,
          JSON.stringify(envelope),
          trace,
        ],
      );
    }
    // Delivered at commit: wakes the relay without waiting for its next poll.
    await manager.query(`SELECT pg_notify('crm_outbox', '')`);
    return envelopes;
  }

  private envelope(event: NewEvent): CrmEvent {
    if (!event.definition.producers.includes(this.service)) {
      throw new Error(
        `${this.service} may not publish ${event.definition.type}: its producers are ${event.definition.producers.join(', ')}`,
      );
    }
    const validation = validateEventData(event.definition.type, event.data);
    if (!validation.valid) {
      throw new Error(`event ${event.definition.type} breaks its contract: ${validation.errors.join('; ')}`);
    }
    return {
      specversion: '1.0',
      id: newId(),
      source: `/crm/${this.service}`,
      type: event.definition.type,
      time: (event.occurredAt ?? this.clock.now()).toISOString(),
      subject: event.subject ?? `customers/${event.customerId}`,
      datacontenttype: 'application/json',
      partitionkey: event.customerId,
      data: event.data,
    };
  }
}
