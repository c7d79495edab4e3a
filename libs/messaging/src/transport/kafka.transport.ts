import { Logger } from '@nestjs/common';
import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type {
  EventTransport,
  OutgoingRecord,
  ReadTopicOptions,
  ReceivedRecord,
  Subscription,
  SubscriptionOptions,
  TransportProducer,
} from './event-transport';
import { waitBeforeAttempt } from '../failures/backoff';
import { receivedRecord } from './kafka-message';
import { readTopicToWatermarks } from './kafka-topic-reader';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** How long subscribe() waits for the consumer to join its group before failing. */
  joinTimeoutMs?: number;
}

const logger = new Logger('kafka');

function kafkaLogCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
  };
}

/**
 * A heartbeat that fails because the broker is away changes nothing: the record goes on waiting. One
 * that fails because the group is rebalancing means the partition may go to another member, so the
 * record is given up, uncommitted, and kafkajs rejoins the group.
 */
async function keepMembership(heartbeat: () => Promise<void>): Promise<void> {
  try {
    await heartbeat();
  } catch (error) {
    const type = (error as { type?: unknown }).type;
    if (type === 'REBALANCE_IN_PROGRESS' || type === 'UNKNOWN_MEMBER_ID' || type === 'ILLEGAL_GENERATION')
      throw error;
  }
}

export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  /** One admin client, shared by every concurrent caller (the probes of one scrape run together). */
  private admin?: Promise<Admin>;

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator,
    });
  }

  async createProducer(): Promise<TransportProducer> {
    // Idempotent + acks=all: a retried send never duplicates or reorders within a partition.
    const producer: Producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    return {
      async send(records: OutgoingRecord[]) {
        if (records.length === 0) return;
        const byTopic = new Map<string, OutgoingRecord[]>();
        for (const record of records)
          byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record]);
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, list]) => ({
            topic,
            messages: list.map((r) => ({ key: r.key, value: r.value, headers: r.headers })),
          })),
        });
      },
      close: () => producer.disconnect(),
    };
  }

  /**
   * Joins the group and consumes until closed. kafkajs restarts a consumer that crashed on a retriable
   * error by itself; one that crashed on any other error is built again here, with backoff, for as long
   * as it takes — a broker outage must never leave a service that has silently stopped consuming.
   */
  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    const closing = new AbortController();
    let consumer = await this.startConsumer(options, closing.signal);
    let rebuilding: Promise<void> | undefined;
    const rebuild = async () => {
      for (let attempt = 1; !closing.signal.aborted; attempt++) {
        await waitBeforeAttempt(attempt, { initialMs: 500, maxMs: 10_000 }, closing.signal).catch(
          () => undefined,
        );
        if (closing.signal.aborted) return;
        try {
          await consumer.disconnect().catch(() => undefined);
          consumer = await this.startConsumer(options, closing.signal, watch);
          logger.warn(`consumer of group ${options.groupId} rebuilt after a crash`);
          return;
        } catch (error) {
          logger.warn(`consumer of group ${options.groupId} not rebuilt yet: ${(error as Error).message}`);
        }
      }
    };
    function watch(crashed: Consumer) {
      crashed.on(crashed.events.CRASH, ({ payload }) => {
        if (payload.restart || closing.signal.aborted || rebuilding) return;
        rebuilding = rebuild().finally(() => (rebuilding = undefined));
      });
    }
    watch(consumer);
    return {
      close: async () => {
        closing.abort();
        await rebuilding;
        await consumer.disconnect();
      },
    };
  }

  private async startConsumer(
    options: SubscriptionOptions,
    closing: AbortSignal,
    watch?: (consumer: Consumer) => void,
  ): Promise<Consumer> {
    const consumer: Consumer = this.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
    });
    watch?.(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    const joined = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`consumer group ${options.groupId} did not join within the timeout`)),
        this.options.joinTimeoutMs ?? 60_000,
      );
      consumer.on(consumer.events.GROUP_JOIN, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // autoCommit commits only offsets whose eachMessage resolved, i.e. after the handler's transaction
    // committed; a rejected eachMessage is fetched again from the last resolved offset.
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await options.onRecord(receivedRecord(topic, partition, message), {
          signal: closing,
          heartbeat: () => keepMembership(heartbeat),
        });
      },
    });
    try {
      await joined;
    } catch (error) {
      await consumer.disconnect();
      throw error;
    }
    return consumer;
  }

  async consumerLag(groupId: string, topics: string[]): Promise<number> {
    const admin = await this.connectedAdmin();
    let lag = 0;
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const done = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        const start = Number(done) < 0 ? Number(end.low) : Number(done);
        lag += Math.max(0, Number(end.high) - start);
      }
    }
    return lag;
  }

  async checkHealth(): Promise<void> {
    const admin = await this.connectedAdmin();
    await admin.describeCluster();
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((connected) => connected.disconnect()).catch(() => undefined);
  }

  private connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      const connecting = admin.connect().then(() => admin);
      // A failed connection is forgotten, so that the next call tries again once the broker is back.
      connecting.catch(() => {
        if (this.admin === connecting) this.admin = undefined;
      });
      this.admin = connecting;
    }
    return this.admin;
  }

  async readTopic(topic: string, options?: ReadTopicOptions): Promise<ReceivedRecord[]> {
    return readTopicToWatermarks(this.kafka, await this.connectedAdmin(), topic, options);
  }
}
