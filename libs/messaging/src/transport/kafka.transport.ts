import { Logger } from '@nestjs/common';
import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type IHeaders,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type {
  EventTransport,
  OutgoingRecord,
  ReceivedRecord,
  Subscription,
  SubscriptionOptions,
  TransportProducer,
} from './event-transport';

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

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? String(value[value.length - 1]) : value.toString();
  }
  return result;
}

export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private admin?: Admin;

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

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    const consumer: Consumer = this.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
    });
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
      eachMessage: async ({ topic, partition, message }) => {
        const record: ReceivedRecord = {
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          value: message.value ?? Buffer.alloc(0),
          headers: headersToStrings(message.headers),
        };
        await options.onRecord(record);
      },
    });
    try {
      await joined;
    } catch (error) {
      await consumer.disconnect();
      throw error;
    }
    return { close: () => consumer.disconnect() };
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
    await this.admin?.disconnect();
    this.admin = undefined;
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
