import { Logger } from '@nestjs/common';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { validateEventData, type CrmEvent } from '@crm/contracts';
import { DomainError } from '@crm/kernel';
import { TransactionRunner, requireTransaction } from '@crm/persistence';
import { PoisonMessageError, decodeEvent } from '../cloud-event.codec';
import { contextFromHeaders } from '../trace-propagation';
import type { ReceivedRecord } from '../transport/event-transport';

export type EventHandler = (event: CrmEvent) => Promise<void>;

export interface DeadLetter {
  record: ReceivedRecord;
  code: string;
  reason: string;
  attempts: number;
}

export interface InboxEventProcessorOptions {
  maxAttempts?: number;
  initialBackoffMs?: number;
  /** Parks a record that cannot be handled; must resolve only once it is durably stored. */
  deadLetter(letter: DeadLetter): Promise<void>;
  onProcessed?(type: string, outcome: 'handled' | 'duplicate' | 'ignored' | 'dead-lettered'): void;
  onRetry?(type: string): void;
}

const tracer = trace.getTracer('crm-event-consumer');

/**
 * Handles one received record with exactly-once effect: the event id goes into the inbox table in the
 * same transaction as the handler's changes, so a redelivered event finds its id and is skipped. Errors
 * are retried with backoff; a record that still fails, or can never succeed (unreadable, breaks its
 * contract), goes to the dead-letter topic so that the partition keeps flowing.
 */
export class InboxEventProcessor {
  private readonly logger = new Logger('event-consumer');
  private readonly transactions: TransactionRunner;

  constructor(
    dataSource: DataSource,
    private readonly options: InboxEventProcessorOptions,
  ) {
    this.transactions = new TransactionRunner(dataSource);
  }

  async process(
    record: ReceivedRecord,
    handlerFor: (type: string) => EventHandler | undefined,
  ): Promise<void> {
    let event: CrmEvent;
    try {
      event = decodeEvent(record);
    } catch (error) {
      return this.deadLetter(record, error as Error, 0, 'unknown');
    }
    const handler = handlerFor(event.type);
    if (!handler) {
      this.options.onProcessed?.(event.type, 'ignored');
      return;
    }
    const validation = validateEventData(event.type, event.data);
    if (!validation.valid) {
      const error = new PoisonMessageError(
        'EVENT_SCHEMA_VIOLATION',
        `breaks its contract: ${validation.errors.join('; ')}`,
      );
      return this.deadLetter(record, error, 0, event.type);
    }

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
        this.handleWithRetries(record, event, handler),
      );
    } finally {
      span.end();
    }
  }

  private async handleWithRetries(
    record: ReceivedRecord,
    event: CrmEvent,
    handler: EventHandler,
  ): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.transactions.run(async () => {
          const inserted: unknown[] = await requireTransaction().query(
            `INSERT INTO inbox (event_id, event_type, source) VALUES ($1, $2, $3)
             ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
            [event.id, event.type, event.source],
          );
          if (inserted.length === 0) return 'duplicate' as const;
          await handler(event);
          return 'handled' as const;
        });
        this.options.onProcessed?.(event.type, outcome);
        return;
      } catch (error) {
        trace.getActiveSpan()?.recordException(error as Error);
        if (!isRetryable(error) || attempt >= maxAttempts) {
          trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          return this.deadLetter(record, error as Error, attempt, event.type);
        }
        this.logger.warn(
          `${event.type} ${event.id} failed (attempt ${attempt}/${maxAttempts}): ${(error as Error).message}`,
        );
        this.options.onRetry?.(event.type);
        await sleep((this.options.initialBackoffMs ?? 200) * 2 ** (attempt - 1));
      }
    }
  }

  private async deadLetter(
    record: ReceivedRecord,
    error: Error,
    attempts: number,
    type: string,
  ): Promise<void> {
    const code =
      error instanceof PoisonMessageError || error instanceof DomainError ? error.code : 'HANDLER_FAILED';
    this.logger.error(
      `dead-lettering ${record.topic}/${record.partition}@${record.offset} (${type}) after ${attempts} attempt(s): ${code} ${error.message}`,
    );
    await this.options.deadLetter({ record, code, reason: error.message, attempts });
    this.options.onProcessed?.(type, 'dead-lettered');
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof PoisonMessageError) return false;
  if (error instanceof DomainError)
    return error.kind === 'transient' || error.kind === 'not-found' || error.kind === 'conflict';
  return true;
}
