import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { ReceivedRecord } from './event-transport';

/** Kafka headers as the transport contract has them: one string per name, the last value of a repeated one. */
export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? String(value[value.length - 1]) : value.toString();
  }
  return result;
}

/** A fetched Kafka message as the transport contract has it. */
export function receivedRecord(topic: string, partition: number, message: KafkaMessage): ReceivedRecord {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    value: message.value ?? Buffer.alloc(0),
    headers: headersToStrings(message.headers),
  };
}
