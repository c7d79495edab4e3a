import { Logger } from '@nestjs/common';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import type { DataSource } from 'typeorm';
import { validateEventData, type CrmEvent } from '@crm/contracts';
import { DomainError } from '@crm/kernel';
import { TransactionRunner, requireTransaction } from '@crm/persistence';
import { PoisonMessageError, decodeEvent } from '../cloud-event.codec';
import { waitBeforeAttempt, type BackoffOptions } from '../failures/backoff';
import { isInfrastructureFailure } from '../failures/infrastructure-failure';
import { contextFromHeaders } from '../trace-propagation';
import type { ConsumerSession, ReceivedRecord } from '../transport/event-transport';

export type EventHandler = (event: CrmEvent) => Promise<void>;

export interface DeadLetter {
  record: ReceivedRecord;
  code: string;
  reason: string;
  attempts: number;
}

export interface InboxEventProcessorOptions {
  /** Attempts of a handler that keeps failing while its dependencies are healthy, before the DLQ. */
  maxAttempts?: number;
  initialBackoffMs?: number;
  /** The longest wait between two attempts while the database or the broker is away. */
  maxOutageBackoffMs?: number;
  /** Parks a record that cannot be handled; must resolve only once it is durably stored. */
  deadLetter(letter: DeadLetter): Promise<void>;
  onProcessed?(type: string, outcome: 'handled' | 'duplicate' | 'ignored' | 'dead-lettered'): void;
  onRetry?(type: string): void;
  /** One more wait of a record for the infrastructure to come back. */
  onOutageWait?(type: string): void;
}

/** What replaying a dead letter did. */
export interface ReplayOutcome {
  outcome: 'handled' | 'duplicate' | 'ignored' | 'failed';
  /** Why it failed again (`failed` only). */
  code?: string;
  reason?: string;
}

/** A session of its own for a record that no transport delivered (a replayed dead letter). */
const DETACHED_SESSION: ConsumerSession = {
  signal: new AbortController().signal,
  heartbeat: async () => undefined,
};

const tracer = trace.getTracer('crm-event-consumer');

/**
 * Handles one received record with exactly-once effect: the event id goes into the inbox table in the
 * same transaction as the handler's changes, so a redelivered event finds its id and is skipped.
 *
 * A failure of the infrastructure (the database or the broker away) is waited out, for as long as it
 * lasts: the record is tried again with capped backoff, nothing after it on its partition is taken, and
 * it never counts towards the dead-letter topic. Only a record that can never succeed (unreadable,
 * breaks its contract, refused by the domain) or a handler that keeps failing while the database
 * answers is dead-lettered, so that the partition keeps flowing.
 */
export class InboxEventProcessor {
  private readonly logger = new Logger('event-consumer');
  private readonly transactions: TransactionRunner;
  private readonly outageBackoff: BackoffOptions;
  private readonly handlerBackoff: BackoffOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: InboxEventProcessorOptions,
  ) {
    this.transactions = new TransactionRunner(dataSource);
    const initialMs = options.initialBackoffMs ?? 200;
    this.handlerBackoff = { initialMs, maxMs: 30_000 };
    this.outageBackoff = { initialMs, maxMs: options.maxOutageBackoffMs ?? 5_000 };
  }

  async process(
    record: ReceivedRecord,
    handlerFor: (type: string) => EventHandler | undefined,
    session: ConsumerSession = DETACHED_SESSION,
  ): Promise<void> {
    let event: CrmEvent;
    try {
      event = decodeEvent(record);
    } catch (error) {
      return this.deadLetter({ record, error: error as Error, attempts: 0, type: 'unknown' }, session);
    }
    const handler = handlerFor(event.type);
    if (!handler) {
      this.options.onProcessed?.(event.type, 'ignored');
      return;
    }
    const violation = contractViolation(event);
    if (violation)
      return this.deadLetter({ record, error: violation, attempts: 0, type: event.type }, session);

    const span = tracer.startSpan(
      `process ${record.topic}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'process',
          'messaging.destination.name': record.topic,
          'messaging.destination.partition.id': String(record.partition),
          'messaging.kafka.offset': Number(record.offset),
          'messaging.message.id': event.id,
          'cloudevents.event_type': event.type,
        },
      },
      contextFromHeaders(record.headers),
    );
    try {
      await context.with(trace.setSpan(context.active(), span), () =>
        this.handleUntilSettled(record, event, handler, session),
      );
    } finally {
      span.end();
    }
  }

  /**
   * Runs a dead-lettered record once more through the same inbox path: an event already applied is a
   * duplicate and changes nothing. It is never dead-lettered again; a failure is reported instead, and an
   * outage is thrown, so that the operator retries later.
   */
  async replay(
    record: ReceivedRecord,
    handlerFor: (type: string) => EventHandler | undefined,
  ): Promise<ReplayOutcome> {
    let event: CrmEvent;
    try {
      event = decodeEvent(record);
    } catch (error) {
      return failed(error as Error);
    }
    const handler = handlerFor(event.type);
    if (!handler) return { outcome: 'ignored' };
    const violation = contractViolation(event);
    if (violation) return failed(violation);
    try {
      const outcome = await this.applyOnce(event, handler);
      this.options.onProcessed?.(event.type, outcome);
      return { outcome };
    } catch (error) {
      if (isInfrastructureFailure(error)) throw error;
      return failed(error as Error);
    }
  }

  private applyOnce(event: CrmEvent, handler: EventHandler): Promise<'handled' | 'duplicate'> {
    return this.transactions.run(async () => {
      const inserted: unknown[] = await requireTransaction().query(
        `INSERT INTO inbox (event_id, event_type, source) VALUES ($1, $2, $3)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.id, event.type, event.source],
      );
      if (inserted.length === 0) return 'duplicate' as const;
      await handler(event);
      return 'handled' as const;
    });
  }

  private async handleUntilSettled(
    record: ReceivedRecord,
    event: CrmEvent,
    handler: EventHandler,
    session: ConsumerSession,
  ): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let attempts = 0;
    let outage: OutageTracker | undefined;
    for (;;) {
      session.signal.throwIfAborted();
      try {
        const outcome = await this.applyOnce(event, handler);
        outage?.ended(this.logger);
        this.options.onProcessed?.(event.type, outcome);
        return;
      } catch (error) {
        trace.getActiveSpan()?.recordException(error as Error);
        const verdict = await this.judge(error);
        if (verdict === 'wait-for-infrastructure') {
          outage ??= new OutageTracker(`${event.type} ${event.id}`);
          outage.failed(this.logger, error as Error);
          this.options.onOutageWait?.(event.type);
          await session.heartbeat();
          await waitBeforeAttempt(outage.attempts, this.outageBackoff, session.signal);
          continue;
        }
        attempts += 1;
        if (verdict === 'dead-letter' || attempts >= maxAttempts) {
          trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          return this.deadLetter({ record, error: error as Error, attempts, type: event.type }, session);
        }
        this.logger.warn(
          `${event.type} ${event.id} failed (attempt ${attempts}/${maxAttempts}): ${(error as Error).message}`,
        );
        this.options.onRetry?.(event.type);
        await session.heartbeat();
        await waitBeforeAttempt(attempts, this.handlerBackoff, session.signal);
      }
    }
  }

  /**
   * Poison and refusals go to the DLQ at once; outages are waited out. Any other failure counts towards
   * the DLQ only while the database answers: an error the classification does not know, raised while the
   * database is away, is an outage too.
   */
  private async judge(error: unknown): Promise<'wait-for-infrastructure' | 'retry' | 'dead-letter'> {
    if (error instanceof PoisonMessageError) return 'dead-letter';
    if (isInfrastructureFailure(error)) return 'wait-for-infrastructure';
    if (error instanceof DomainError)
      return error.kind === 'not-found' || error.kind === 'conflict' ? 'retry' : 'dead-letter';
    return (await this.databaseAnswers()) ? 'retry' : 'wait-for-infrastructure';
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** Parks the record; while the broker is away the dead letter itself waits, uncommitted. */
  private async deadLetter(
    failure: { record: ReceivedRecord; error: Error; attempts: number; type: string },
    session: ConsumerSession,
  ): Promise<void> {
    const { record, error, attempts, type } = failure;
    const code = errorCode(error);
    this.logger.error(
      `dead-lettering ${record.topic}/${record.partition}@${record.offset} (${type}) after ${attempts} attempt(s): ${code} ${error.message}`,
    );
    let outage: OutageTracker | undefined;
    for (;;) {
      session.signal.throwIfAborted();
      try {
        await this.options.deadLetter({ record, code, reason: error.message, attempts });
        outage?.ended(this.logger);
        break;
      } catch (publishing) {
        if (!isInfrastructureFailure(publishing)) throw publishing;
        outage ??= new OutageTracker(
          `the dead letter of ${record.topic}/${record.partition}@${record.offset}`,
        );
        outage.failed(this.logger, publishing as Error);
        await session.heartbeat();
        await waitBeforeAttempt(outage.attempts, this.outageBackoff, session.signal);
      }
    }
    this.options.onProcessed?.(type, 'dead-lettered');
  }
}

/** Logs the start and the end of an outage, not every one of its attempts. */
class OutageTracker {
  attempts = 0;
  private readonly startedAt = Date.now();

  constructor(private readonly what: string) {}

  failed(logger: Logger, error: Error): void {
    this.attempts += 1;
    if (this.attempts === 1 || this.attempts % 20 === 0)
      logger.warn(`${this.what} waits for the infrastructure (attempt ${this.attempts}): ${error.message}`);
  }

  ended(logger: Logger): void {
    logger.log(`${this.what} went through after ${Math.round((Date.now() - this.startedAt) / 1000)} s`);
  }
}

function contractViolation(event: CrmEvent): PoisonMessageError | undefined {
  const validation = validateEventData(event.type, event.data);
  if (validation.valid) return undefined;
  return new PoisonMessageError(
    'EVENT_SCHEMA_VIOLATION',
    `breaks its contract: ${validation.errors.join('; ')}`,
  );
}

function errorCode(error: Error): string {
  return error instanceof PoisonMessageError || error instanceof DomainError ? error.code : 'HANDLER_FAILED';
}

function failed(error: Error): ReplayOutcome {
  return { outcome: 'failed', code: errorCode(error), reason: error.message };
}
