import type { OutgoingRecord } from '../transport/event-transport';
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
