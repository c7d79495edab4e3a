import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Admin, Kafka } from 'kafkajs';
import { DomainError } from '@crm/kernel';
import type { ReadTopicOptions, ReceivedRecord } from './event-transport';
import { receivedRecord } from './kafka-message';

const logger = new Logger('kafka-topic-reader');

/** A read that has not reached the watermarks by then is given up: an operator's request must answer. */
const READ_TIMEOUT_MS = 60_000;

/**
 * Reads a topic from its beginning up to the high watermarks captured first, as a throwaway consumer
 * group that commits nothing and is deleted afterwards: what an operator sees, without moving any real
 * group's offsets. Progress is taken from each fetched batch's last offset, so that a partition whose
 * tail is control records or compacted away still counts as read to its end.
 */
export async function readTopicToWatermarks(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  options: ReadTopicOptions = {},
): Promise<ReceivedRecord[]> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const watermarks = new Map<number, bigint>();
  for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
    if (BigInt(high) > BigInt(low)) watermarks.set(partition, BigInt(high));
  if (watermarks.size === 0 || limit <= 0) return [];

  const groupId = `${topic}.reader-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const records: ReceivedRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const finishIfDone = () => {
        if (watermarks.size === 0 || records.length >= limit) resolve();
      };
      timer = setTimeout(
        () =>
          reject(
            new DomainError(
              'TOPIC_READ_TIMEOUT',
              'transient',
              `${topic} was not read to its end within ${READ_TIMEOUT_MS / 1000} s`,
            ),
          ),
        READ_TIMEOUT_MS,
      );
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        const watermark = watermarks.get(payload.partition);
        if (watermark !== undefined && BigInt(payload.lastOffset) + 1n >= watermark)
          watermarks.delete(payload.partition);
        finishIfDone();
      });
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const watermark = watermarks.get(partition);
            if (watermark === undefined || BigInt(message.offset) >= watermark || records.length >= limit)
              return;
            records.push(receivedRecord(topic, partition, message));
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
    // A group that never formed (the broker was away) has nothing to delete.
    if (joined)
      await admin.deleteGroups([groupId]).catch((error: Error) => {
        logger.warn(`reader group ${groupId} not deleted: ${error.message}`);
      });
  }
  // Batches of several partitions interleave: group the records by partition, each in offset order.
  return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}
