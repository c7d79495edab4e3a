import { Inject, Injectable } from '@nestjs/common';
import { deadLetterTopic } from '@crm/contracts';
import { NotFoundError } from '@crm/kernel';
import {
  originalRecord,
  type EventServer,
  type EventTransport,
  type ReceivedRecord,
  type ReplayOutcome,
} from '@crm/messaging';
import { AuditTrail, maySeePersonalData } from '@crm/security';
import type { ServiceConfig } from '../service-config';
import type { ServiceDescriptor } from '../service-descriptor';
import { EVENT_TRANSPORT, SERVICE_CONFIG, SERVICE_DESCRIPTOR } from '../tokens';
import { auditDescription, matches, type DeadLetterFilter } from './dead-letter-filter';
import { viewOf, type DeadLetterView } from './dead-letter-view';

/** The most parked records one call reads: a dead-letter topic is meant to stay small. */
export const DEAD_LETTER_READ_LIMIT = 10_000;

export interface DeadLetterList {
  items: DeadLetterView[];
  /** The topic holds more records than one call reads. */
  truncated: boolean;
}

export interface DeadLetterDetail extends DeadLetterView {
  /**
   * The parked record's value as UTF-8 text, exactly as it arrived — only for callers holding
   * `pii:read`: an event may carry contact data, and masking a record that may not even parse is no
   * option, so the others get the headers' account of it without the payload.
   */
  payload?: string;
}

export interface ReplayedRecord extends ReplayOutcome {
  id?: string;
  type?: string;
}

export type ReplayCounts = Record<ReplayOutcome['outcome'], number>;

export interface ReplayReport {
  items: ReplayedRecord[];
  counts: ReplayCounts;
  truncated: boolean;
}

interface Parked {
  record: ReceivedRecord;
  view: DeadLetterView;
}

/**
 * The service's dead-letter topic for its operators: what is parked there and why, and a replay of
 * chosen records through the service's own event handlers. A replay goes through the inbox like any
 * delivery (an event already applied is a duplicate and changes nothing) and never parks a record
 * again: one that still fails is reported, and an outage is thrown, to be answered 503.
 */
@Injectable()
export class DeadLetters {
  private readonly topic: string;
  private server?: EventServer;

  constructor(
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    @Inject(SERVICE_DESCRIPTOR) descriptor: ServiceDescriptor,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    private readonly audit: AuditTrail,
  ) {
    this.topic = deadLetterTopic(descriptor.name, config.EVENTS_TOPIC_PREFIX);
  }

  /** The event server exists only once the app does: it is handed over when the handlers connect. */
  attach(server: EventServer): void {
    this.server = server;
  }

  async list(filter: DeadLetterFilter): Promise<DeadLetterList> {
    const { parked, truncated } = await this.read();
    const items = parked.filter(({ view }) => matches(view, filter)).map(({ view }) => view);
    await this.audit.record({
      action: 'dead-letters.read',
      resourceType: 'dead-letters',
      resourceId: auditDescription(filter, { listed: items.length }),
      outcome: 'success',
    });
    return { items, truncated };
  }

  /** The most recently parked record of the event. */
  async show(eventId: string): Promise<DeadLetterDetail> {
    const { parked } = await this.read();
    const found = parked.filter(({ view }) => view.id === eventId).pop();
    if (!found) throw new NotFoundError('DEAD_LETTER_NOT_FOUND', 'No parked record has this event id.');
    const withPayload = maySeePersonalData();
    await this.audit.record({
      action: 'dead-letter.read',
      resourceType: 'dead-letter',
      resourceId: eventId,
      fields: withPayload ? ['payload'] : [],
      outcome: 'success',
    });
    return withPayload ? { ...found.view, payload: found.record.value.toString('utf8') } : found.view;
  }

  /** Replays the matching records one by one, in the order they were parked in. */
  async replay(filter: DeadLetterFilter): Promise<ReplayReport> {
    const server = this.server;
    if (!server) throw new Error('dead letters are replayed only once the event handlers are connected');
    const counts: ReplayCounts = { handled: 0, duplicate: 0, ignored: 0, failed: 0 };
    const items: ReplayedRecord[] = [];
    const audit = (outcome: 'success' | 'failure') =>
      this.audit.record({
        action: 'dead-letters.replay',
        resourceType: 'dead-letters',
        resourceId: auditDescription(filter, counts),
        outcome,
      });
    let truncated: boolean;
    try {
      const read = await this.read();
      truncated = read.truncated;
      for (const { record, view } of read.parked.filter((candidate) => matches(candidate.view, filter))) {
        const outcome = await server.replay(originalRecord(record));
        counts[outcome.outcome] += 1;
        items.push({ ...(view.id ? { id: view.id, type: view.type } : {}), ...outcome });
      }
    } catch (error) {
      // An outage cut the replay short: what was applied before it belongs on the trail too, if the
      // trail itself can be written; the caller gets the outage.
      await audit('failure').catch(() => undefined);
      throw error;
    }
    await audit(counts.failed > 0 ? 'failure' : 'success');
    return { items, counts, truncated };
  }

  private async read(): Promise<{ parked: Parked[]; truncated: boolean }> {
    const records = await this.transport.readTopic(this.topic, { limit: DEAD_LETTER_READ_LIMIT });
    return {
      parked: records.map((record) => ({ record, view: viewOf(record) })),
      truncated: records.length >= DEAD_LETTER_READ_LIMIT,
    };
  }
}
