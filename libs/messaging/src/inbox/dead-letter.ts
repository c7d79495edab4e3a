import type { OutgoingRecord, ReceivedRecord } from '../transport/event-transport';
import type { DeadLetter } from './inbox-event-processor';

/** Dead-letter headers: where the record came from and why it was parked, so that it can be replayed. */
export const DLQ_HEADERS = {
  code: 'crm-dlq-error-code',
  reason: 'crm-dlq-error-reason',
  topic: 'crm-dlq-original-topic',
  partition: 'crm-dlq-original-partition',
  offset: 'crm-dlq-original-offset',
  attempts: 'crm-dlq-attempts',
  failedAt: 'crm-dlq-failed-at',
} as const;

/** The original record, unchanged, plus the dead-letter headers. */
export function deadLetterRecord(letter: DeadLetter, dlqTopic: string, failedAt: Date): OutgoingRecord {
  const { record } = letter;
  return {
    topic: dlqTopic,
    key: record.key,
    value: record.value,
    headers: {
      ...record.headers,
      [DLQ_HEADERS.code]: letter.code,
      // Bounded: a reason is for an operator, and must not grow a message past the broker's limit.
      [DLQ_HEADERS.reason]: letter.reason.slice(0, 1000),
      [DLQ_HEADERS.topic]: record.topic,
      [DLQ_HEADERS.partition]: String(record.partition),
      [DLQ_HEADERS.offset]: record.offset,
      [DLQ_HEADERS.attempts]: String(letter.attempts),
      [DLQ_HEADERS.failedAt]: failedAt.toISOString(),
    },
  };
}

/** What the dead-letter headers of a parked record say; a header that is missing stays absent. */
export interface DeadLetterHeaders {
  code?: string;
  reason?: string;
  originalTopic?: string;
  originalPartition?: number;
  originalOffset?: string;
  attempts?: number;
  failedAt?: string;
}

export function readDeadLetterHeaders(parked: Pick<ReceivedRecord, 'headers'>): DeadLetterHeaders {
  const header = (name: string) => parked.headers[name] || undefined;
  const number = (name: string) => {
    const value = Number(header(name));
    return Number.isInteger(value) ? value : undefined;
  };
  return {
    code: header(DLQ_HEADERS.code),
    reason: header(DLQ_HEADERS.reason),
    originalTopic: header(DLQ_HEADERS.topic),
    originalPartition: number(DLQ_HEADERS.partition),
    originalOffset: header(DLQ_HEADERS.offset),
    attempts: number(DLQ_HEADERS.attempts),
    failedAt: header(DLQ_HEADERS.failedAt),
  };
}

/**
 * The record as it was delivered before it was parked — its own topic, partition, offset and headers —
 * so that a replayed handler sees what it would have seen the first time.
 */
export function originalRecord(parked: ReceivedRecord): ReceivedRecord {
  const dlqHeaders = new Set<string>(Object.values(DLQ_HEADERS));
  const { originalTopic, originalPartition, originalOffset } = readDeadLetterHeaders(parked);
  return {
    topic: originalTopic ?? parked.topic,
    partition: originalPartition ?? parked.partition,
    offset: originalOffset ?? parked.offset,
    key: parked.key,
    value: parked.value,
    headers: Object.fromEntries(Object.entries(parked.headers).filter(([name]) => !dlqHeaders.has(name))),
  };
}
