import { Logger } from '@nestjs/common';
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { CrmEvent } from '@crm/contracts';
import { encodeEvent } from '../cloud-event.codec';
import { waitBeforeAttempt } from '../failures/backoff';
import { contextFromHeaders, traceHeaders } from '../trace-propagation';
import type { OutgoingRecord, TransportProducer } from '../transport/event-transport';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Polling backs up LISTEN/NOTIFY: a notification lost while the listener reconnects delays, never loses. */
  pollIntervalMs?: number;
  /** Sent rows are kept this long for inspection, then deleted. */
  retentionHours?: number;
  /** Connection string for the LISTEN connection; without one the relay only polls. */
  listenUrl?: string;
}

interface OutboxRow {
  position: string;
  event: CrmEvent;
  topic: string;
  trace_headers: Record<string, string>;
}

const tracer = trace.getTracer('crm-outbox-relay');

/**
 * Moves committed outbox rows to the broker, in position order, and marks them sent. A crash between
 * publishing and marking makes the next run publish the same rows again: consumers' inboxes absorb the
 * duplicate, so nothing is ever lost and every effect happens once.
 */
export class OutboxRelay {
  private readonly logger = new Logger('outbox-relay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: Client;
  private listenerLost = false;
  private lastCleanup = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: TransportProducer,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /** Finishes the batch in flight, publishes what is already committed, then stops. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Publishes one batch; returns how many events it published. */
  async publishBatch(): Promise<number> {
    const batchSize = this.options.batchSize ?? 500;
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.claim(manager, batchSize);
      if (rows.length === 0) return 0;
      const spans: Span[] = [];
      const records: OutgoingRecord[] = rows.map((row) => {
        const parent = contextFromHeaders(row.trace_headers);
        const span = tracer.startSpan(
          `publish ${row.topic}`,
          {
            kind: SpanKind.PRODUCER,
            attributes: {
              'messaging.system': 'kafka',
              'messaging.operation.type': 'publish',
              'messaging.destination.name': row.topic,
              'messaging.message.id': row.event.id,
              'cloudevents.event_type': row.event.type,
            },
          },
          parent,
        );
        spans.push(span);
        return encodeEvent(row.event, row.topic, traceHeaders(trace.setSpan(parent, span)));
      });
      try {
        await this.producer.send(records);
      } catch (error) {
        spans.forEach((span) =>
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message }),
        );
        throw error;
      } finally {
        spans.forEach((span) => span.end());
      }
      await manager.query(`UPDATE outbox SET sent_at = now() WHERE position = ANY($1::bigint[])`, [
        rows.map((row) => row.position),
      ]);
      return rows.length;
    });
  }

  /** Unsent events and the age in seconds of the oldest one, for metrics. */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
       FROM outbox WHERE sent_at IS NULL`,
    );
    return { count: row.count, oldestAgeSeconds: row.age };
  }

  /**
   * Claims the oldest unsent rows. SKIP LOCKED lets replicas share the work; the per-key advisory lock
   * makes a replica skip every row of a customer whose earlier rows another replica is publishing, so
   * one customer's events are never published out of order.
   */
  private claim(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    return manager.query(
      `SELECT position, event, topic, trace_headers FROM outbox
       WHERE sent_at IS NULL AND pg_try_advisory_xact_lock(2, hashtext(partition_key))
       ORDER BY position
       LIMIT $1
       FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    let failures = 0;
    for (;;) {
      const stopping = !this.running;
      try {
        const published = await this.publishBatch();
        if (failures > 0) this.logger.log(`outbox relay publishes again after ${failures} failed attempt(s)`);
        failures = 0;
        if (this.listenerLost && this.running && (await this.listen())) continue;
        await this.cleanup();
        if (published === batchSize) continue;
        if (stopping) return;
      } catch (error) {
        if (stopping) {
          this.logger.error(`outbox relay stopped with unpublished events: ${(error as Error).message}`);
          return;
        }
        failures += 1;
        // An outage of the broker or the database: the events stay in the outbox and go out when it ends.
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn(`outbox relay waits (attempt ${failures}): ${(error as Error).message}`);
        await waitBeforeAttempt(failures, { initialMs: 200, maxMs: 5_000 });
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 1000);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(hours => $1)`, [
      this.options.retentionHours ?? 24 * 7,
    ]);
  }

  /**
   * The LISTEN connection wakes the relay as soon as a transaction commits an event. When it is lost
   * (the database restarted, a failover) the relay wakes, polling carries on, and the next successful
   * batch listens again; true when it did, so that the relay publishes what committed in between.
   */
  private async listen(): Promise<boolean> {
    if (!this.options.listenUrl) return false;
    this.listenerLost = false;
    const client = new Client({ connectionString: this.options.listenUrl, application_name: 'outbox-relay' });
    client.on('notification', () => this.wake?.());
    const lost = () => {
      if (this.listener !== client || !this.running) return;
      this.listenerLost = true;
      this.wake?.();
    };
    client.on('error', (error) => {
      this.logger.warn(`outbox LISTEN connection lost: ${error.message}`);
      lost();
    });
    client.on('end', lost);
    try {
      await client.connect();
      await client.query('LISTEN crm_outbox');
    } catch (error) {
      this.listenerLost = true;
      await client.end().catch(() => undefined);
      if (!this.listener) throw error;
      return false;
    }
    const previous = this.listener;
    this.listener = client;
    await previous?.end().catch(() => undefined);
    return true;
  }
}
