import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  EventTransport,
  OutgoingRecord,
  ReadTopicOptions,
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
 *
 * Given a directory, it keeps its log and offsets there, so that a restart loses nothing: records are
 * appended to disk before `send` resolves; offsets are written shortly after each commit, and a
 * restart before that only redelivers records, which the consumers' inboxes absorb.
 */
export class InProcessBroker {
  private readonly topics = new Map<string, Partition[]>();
  private readonly offsets = new Map<string, number>();
  private offsetsDirty?: NodeJS.Timeout;

  constructor(
    readonly partitionsPerTopic = 3,
    private readonly directory?: string,
  ) {
    if (directory) this.load(directory);
  }

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
    const index = this.partitionFor(record.key);
    if (this.directory) {
      const line = JSON.stringify({
        key: record.key,
        value: record.value.toString('base64'),
        headers: record.headers,
      });
      appendFileSync(join(this.directory, logFileName(record.topic, index)), `${line}\n`);
    }
    const partition = this.partitionsOf(record.topic)[index];
    partition.records.push(record);
    const { resolve } = partition.appended;
    partition.appended = signal();
    resolve();
  }

  committed(groupId: string, topic: string, partition: number): number {
    return this.offsets.get(offsetKey(groupId, topic, partition)) ?? 0;
  }

  commit(groupId: string, topic: string, partition: number, nextOffset: number): void {
    this.offsets.set(offsetKey(groupId, topic, partition), nextOffset);
    if (this.directory && !this.offsetsDirty) this.offsetsDirty = setTimeout(() => this.flush(), 200);
  }

  /** Writes the committed offsets now (at shutdown). */
  flush(): void {
    clearTimeout(this.offsetsDirty);
    this.offsetsDirty = undefined;
    if (!this.directory) return;
    writeFileSync(join(this.directory, 'offsets.json'), JSON.stringify(Object.fromEntries(this.offsets)));
  }

  private load(directory: string): void {
    mkdirSync(directory, { recursive: true });
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.jsonl'))) {
      const [topic, index] = parseLogFileName(file);
      const partition = this.partitionsOf(topic)[index];
      for (const line of readFileSync(join(directory, file), 'utf8').split('\n')) {
        if (!line) continue;
        const { key, value, headers } = JSON.parse(line) as {
          key: string;
          value: string;
          headers: Record<string, string>;
        };
        partition.records.push({ topic, key, value: Buffer.from(value, 'base64'), headers });
      }
    }
    const offsetsFile = join(directory, 'offsets.json');
    if (existsSync(offsetsFile)) {
      for (const [key, offset] of Object.entries(
        JSON.parse(readFileSync(offsetsFile, 'utf8')) as Record<string, number>,
      )) {
        this.offsets.set(key, offset);
      }
    }
  }
}

const offsetKey = (groupId: string, topic: string, partition: number) => `${groupId}|${topic}|${partition}`;
const logFileName = (topic: string, partition: number) => `${encodeURIComponent(topic)}~${partition}.jsonl`;
function parseLogFileName(file: string): [string, number] {
  const [topic, partition] = file.slice(0, -'.jsonl'.length).split('~');
  return [decodeURIComponent(topic), Number(partition)];
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
        await options.onRecord(received, { signal: stopped, heartbeat: async () => undefined });
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

  async readTopic(topic: string, options: ReadTopicOptions = {}): Promise<ReceivedRecord[]> {
    // The log is in memory and only ever appended to: slicing it is a consistent snapshot.
    const records = this.broker
      .partitionsOf(topic)
      .flatMap((partition, index) =>
        partition.records.map((record, offset) => ({ ...record, partition: index, offset: String(offset) })),
      );
    return records.slice(0, options.limit ?? records.length);
  }

  async checkHealth(): Promise<void> {
    // Always healthy: the broker lives in this process.
  }

  async close(): Promise<void> {
    // Nothing to release: subscriptions and producers close themselves.
  }
}
