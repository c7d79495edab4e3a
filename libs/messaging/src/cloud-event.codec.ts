import { CloudEvent, Kafka, type KafkaEvent, type KafkaMessage } from 'cloudevents';
import type { CrmEvent } from '@crm/contracts';
import type { OutgoingRecord, ReceivedRecord } from './transport/event-transport';

/** Raised for a record that can never be handled, however often it is retried: it goes to the DLQ at once. */
export class PoisonMessageError extends Error {
  constructor(
    readonly code: 'UNREADABLE_EVENT' | 'EVENT_SCHEMA_VIOLATION',
    message: string,
  ) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/** Encodes an event in the CloudEvents Kafka binding, structured mode; the Kafka key is the partition key. */
export function encodeEvent(
  event: CrmEvent,
  topic: string,
  headers: Record<string, string> = {},
): OutgoingRecord {
  const message = Kafka.structured(
    new CloudEvent<unknown>({ ...event }, true) as unknown as KafkaEvent<unknown>,
  );
  return {
    topic,
    key: event.partitionkey,
    value: Buffer.from(message.value as string, 'utf8'),
    headers: { ...(message.headers as Record<string, string>), ...headers },
  };
}

/** Decodes and checks a structured-mode CloudEvent; anything malformed is a PoisonMessageError. */
export function decodeEvent(record: Pick<ReceivedRecord, 'key' | 'value' | 'headers'>): CrmEvent {
  let event: CloudEvent<unknown>;
  const value = record.value.toString('utf8');
  const message: KafkaMessage<string> = { headers: record.headers, key: record.key, value, body: value };
  try {
    // The SDK would invent a missing id; an event without its own id could never be deduplicated.
    const raw = JSON.parse(value) as Record<string, unknown>;
    for (const attribute of ['id', 'source', 'type', 'specversion']) {
      if (typeof raw?.[attribute] !== 'string') throw new Error(`attribute ${attribute} is missing`);
    }
    event = Kafka.toEvent(message) as CloudEvent<unknown>;
    event.validate();
  } catch (error) {
    throw new PoisonMessageError(
      'UNREADABLE_EVENT',
      `not a valid structured CloudEvent: ${(error as Error).message}`,
    );
  }
  if (event.datacontenttype !== 'application/json' || typeof event.data !== 'object' || event.data === null) {
    throw new PoisonMessageError('UNREADABLE_EVENT', 'event data must be a JSON object');
  }
  if (typeof event.partitionkey !== 'string' || event.partitionkey === '') {
    throw new PoisonMessageError('UNREADABLE_EVENT', 'event has no partition key');
  }
  return {
    specversion: '1.0',
    id: event.id,
    source: event.source,
    type: event.type,
    time: event.time ?? new Date(0).toISOString(),
    subject: event.subject,
    datacontenttype: 'application/json',
    partitionkey: event.partitionkey,
    data: event.data,
  };
}
