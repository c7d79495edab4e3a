import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  EventTransport,
  OutgoingRecord,
  ReceivedRecord,
  Subscription,
  SubscriptionOptions,
  TransportProducer,
} from './event-transport';

interface Partition {
  records: OutgoingRecord[];
  /** Resolved and replaced whenever a record is appended, to wake waiting consumers. */
  appended: { promise: Promise<void>; resolve: () => void };
}

function signal(): Partition['appended'] {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A broker inside the process: an append-only log per topic partition and a committed offset per
 * consumer group. It keeps the Kafka contract the services rely on — same topics, partition by key,
 * order per partition, at-least-once redelivery of a record whose handler failed — so that code and
 * tests run unchanged on it. Shared by all services hosted in one process.
 */
export class InProcessBroker {
  private readonly topics = new Map<string, Partition[]>();
  private readonly offsets = new Map<string, number>();

  constructor(readonly partitionsPerTopic = 3) {}

  partitionsOf(topic: string): Partition[] {
    let partitions = this.topics.get(topic);
    if (!partitions) {
      partitions = Array.from({ length: this.partitionsPerTopic }, () => ({
        records: [],
        appended: signal(),
      }));
      this.topics.set(topic, partitions);
    }
    return partitions;
  }

  partitionFor(key: string): number {
    return createHash('sha1').update(key).digest().readUInt32BE(0) % this.partitionsPerTopic;
  }

  append(record: OutgoingRecord): void {
    const partition = this.partitionsOf(record.topic)[this.partitionFor(record.key)];
    partition.records.push(record);
    const { resolve } = partition.appended;
    partition.appended = signal();
    resolve();
  }

  committed(groupId: string, topic: string, partition: number): number {
    return this.offsets.get(`${groupId}\u0000${topic}\u0000${partition}`) ?? 0;
  }

  commit(groupId: string, topic: string, partition: number, nextOffset: number): void {
    this.offsets.set(`${groupId}\u0000${topic}\u0000${partition}`, nextOffset);
  }
}

export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly logger = new Logger('in-process-transport');

  constructor(
    private readonly broker: InProcessBroker,
    private readonly redeliveryDelayMs = 1000,
  ) {}

  async createProducer(): Promise<TransportProducer> {
    return {
      send: async (records) => records.forEach((record) => this.broker.append(record)),
      close: async () => undefined,
    };
  }

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    const stop = new AbortController();
    const workers = options.topics.flatMap((topic) =>
      this.broker
        .partitionsOf(topic)
        .map((_, index) => this.consumePartition(options, topic, index, stop.signal)),
    );
    return {
      close: async () => {
        stop.abort();
        await Promise.allSettled(workers);
      },
    };
  }

  private async consumePartition(
    options: SubscriptionOptions,
    topic: string,
    index: number,
    stopped: AbortSignal,
  ): Promise<void> {
    const partition = this.broker.partitionsOf(topic)[index];
    const aborted = new Promise<void>((resolve) =>
      stopped.addEventListener('abort', () => resolve(), { once: true }),
    );
    while (!stopped.aborted) {
      const offset = this.broker.committed(options.groupId, topic, index);
      const record = partition.records[offset];
      if (!record) {
        await Promise.race([partition.appended.promise, aborted]);
        continue;
      }
      const received: ReceivedRecord = { ...record, partition: index, offset: String(offset) };
      try {
        await options.onRecord(received);
        this.broker.commit(options.groupId, topic, index, offset + 1);
      } catch (error) {
        this.logger.warn(`redelivering ${topic}/${index}@${offset}: ${(error as Error).message}`);
        await Promise.race([sleep(this.redeliveryDelayMs), aborted]);
      }
    }
  }

  async consumerLag(groupId: string, topics: string[]): Promise<number> {
    return topics.reduce(
      (lag, topic) =>
        lag +
        this.broker
          .partitionsOf(topic)
          .reduce(
            (sum, partition, index) =>
              sum + partition.records.length - this.broker.committed(groupId, topic, index),
            0,
          ),
      0,
    );
  }

  async checkHealth(): Promise<void> {
    // Always healthy: the broker lives in this process.
  }

  async close(): Promise<void> {
    // Nothing to release: subscriptions and producers close themselves.
  }
}
