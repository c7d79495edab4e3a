import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Clock } from '@crm/kernel';
import {
  InProcessBroker,
  InProcessTransport,
  KafkaTransport,
  type EventTransport,
  type OutgoingRecord,
  type ReceivedRecord,
  type Subscription,
} from '@crm/messaging';
import { createServiceApp, type ServiceDescriptor } from '@crm/platform';
import {
  createEmbeddedTestDatabase,
  createTestDatabase,
  createTestTopics,
  kafkaBrokers,
  runsEmbedded,
  type TestDatabase,
} from './test-environment';

/**
 * Where a suite's services run: `kafka` — real Kafka and real PostgreSQL, as in production;
 * `embedded` — the one-process runtime of `npm start`: PGlite and the in-process transport;
 * `in-process` — real PostgreSQL with the in-process transport, for fast HTTP-only suites.
 */
export type TransportKind = 'kafka' | 'embedded' | 'in-process';

/**
 * The two runtimes the services must behave the same on; the flow tests run against each. On a
 * machine without PostgreSQL and Kafka only the embedded one can run.
 */
export const TRANSPORT_KINDS: TransportKind[] = runsEmbedded() ? ['embedded'] : ['kafka', 'embedded'];

export interface TestService {
  app: NestFastifyApplication;
  /** http://127.0.0.1:<port> */
  url: string;
  databaseUrl: string;
  /** The database settings the service was started with, for replicas of it. */
  databaseEnv: Record<string, string>;
  /** Runs SQL on the service's own database, through its own connection pool. */
  sql<T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Replaces the service's transport, e.g. to inject a fault between broker and relay. */
  transport?: (standard: EventTransport) => EventTransport;
  env?: Record<string, string>;
  /** Starts another replica on this service's database (scheduler and consumer-group tests). */
  replicaOf?: TestService;
}

/**
 * One isolated platform for a test suite: its own topics (Kafka) or broker (in-process), a database per
 * service it starts, and helpers to put records on topics and read them back as a Kafka client would.
 */
export class TestPlatform {
  private readonly services: TestService[] = [];
  private readonly drops: (() => Promise<void>)[] = [];
  private readonly subscriptions: Subscription[] = [];
  private producer?: Awaited<ReturnType<EventTransport['createProducer']>>;

  private constructor(
    readonly kind: TransportKind,
    readonly label: string,
    readonly topicPrefix: string,
    private readonly broker: InProcessBroker | undefined,
    /** The harness's own client of the same broker the services use. */
    readonly transport: EventTransport,
  ) {}

  static async create(requested: TransportKind, label: string): Promise<TestPlatform> {
    const kind = runsEmbedded() ? 'embedded' : requested;
    if (kind === 'kafka') {
      const prefix = await createTestTopics(label);
      return new TestPlatform(kind, label, prefix, undefined, this.kafkaTransport(`${label}-harness`));
    }
    const broker = new InProcessBroker();
    return new TestPlatform(kind, label, '', broker, new InProcessTransport(broker, 100));
  }

  /** The runtime the suite asked for, as its services see it. */
  get eventTransport(): 'kafka' | 'in-process' {
    return this.kind === 'kafka' ? 'kafka' : 'in-process';
  }

  private static kafkaTransport(clientId: string): KafkaTransport {
    return new KafkaTransport({ brokers: kafkaBrokers().split(','), clientId });
  }

  /** The transport a service of this platform would get by itself. */
  standardTransport(service: string): EventTransport {
    return this.broker ? new InProcessTransport(this.broker, 100) : TestPlatform.kafkaTransport(service);
  }

  async start(descriptor: ServiceDescriptor, options: StartOptions = {}): Promise<TestService> {
    let database: Pick<TestDatabase, 'url' | 'env'>;
    if (options.replicaOf) {
      database = { url: options.replicaOf.databaseUrl, env: options.replicaOf.databaseEnv };
    } else {
      const own = await this.database(descriptor.name);
      this.drops.push(own.drop);
      database = own;
    }
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: database.url,
      EVENT_TRANSPORT: this.eventTransport,
      KAFKA_BROKERS: this.kind === 'kafka' ? kafkaBrokers() : '',
      EVENTS_TOPIC_PREFIX: this.topicPrefix,
      LOG_LEVEL: process.env.CRM_TEST_LOG_LEVEL ?? 'silent',
      OUTBOX_POLL_INTERVAL_MS: '200',
      CONSUMER_INITIAL_BACKOFF_MS: '50',
      ...database.env,
      ...options.env,
    };
    const standard = this.standardTransport(descriptor.name);
    const transport = options.transport ? options.transport(standard) : standard;
    const app = await createServiceApp(descriptor, env, { clock: options.clock, transport });
    await app.listen(0, '127.0.0.1');
    const service: TestService = {
      app,
      url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      databaseUrl: database.url,
      databaseEnv: database.env,
      sql: (query, parameters) => app.get(DataSource).query(query, parameters),
      close: async () => {
        const index = this.services.indexOf(service);
        if (index >= 0) this.services.splice(index, 1);
        await app.close();
      },
    };
    this.services.push(service);
    return service;
  }

  private database(service: string): Promise<TestDatabase> {
    const label = `${this.label}_${service}`;
    return this.kind === 'embedded' ? createEmbeddedTestDatabase(label) : createTestDatabase(label);
  }

  /** Puts raw records on the broker, as any producer could. */
  async produce(records: OutgoingRecord[]): Promise<void> {
    this.producer ??= await this.transport.createProducer();
    await this.producer.send(records);
  }

  /** Collects every record that arrives on a topic from its beginning, into the returned array. */
  async collect(topic: string): Promise<ReceivedRecord[]> {
    const received: ReceivedRecord[] = [];
    this.subscriptions.push(
      await this.transport.subscribe({
        groupId: `collector-${randomBytes(4).toString('hex')}`,
        topics: [topic],
        onRecord: async (record) => void received.push(record),
      }),
    );
    return received;
  }

  async close(): Promise<void> {
    for (const service of [...this.services].reverse()) await service.close();
    await Promise.all(this.subscriptions.map((subscription) => subscription.close()));
    await this.producer?.close();
    await this.transport.close();
    await Promise.all(this.drops.map((drop) => drop()));
  }
}
