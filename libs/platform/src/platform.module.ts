import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule, seconds } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { deadLetterTopic } from '@crm/contracts';
import { Clock, SystemClock } from '@crm/kernel';
import {
  EventPublisher,
  InProcessBroker,
  InProcessTransport,
  InboxEventProcessor,
  KafkaTransport,
  OutboxEventPublisher,
  OutboxRelay,
  deadLetterRecord,
  type EventTransport,
  type TransportProducer,
} from '@crm/messaging';
import { createMetricsRegistry, loggerOptions } from '@crm/observability';
import { TransactionRunner, createServiceDataSource, runMigrations } from '@crm/persistence';
import { AccessGuard, AuditTrail, PrincipalContextInterceptor, TokenVerifier } from '@crm/security';
import { AuditController } from './audit.controller';
import { DeadLetters } from './dead-letters/dead-letters';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { CallerThrottlerGuard } from './caller-throttler.guard';
import { JobRunner } from './scheduling/job-runner';
import { SharedRateLimitStore } from './shared-rate-limit.store';
import { serviceMigrations } from './platform-migrations';
import { withTimeout } from './with-timeout';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import type { ServiceConfig } from './service-config';
import type { ServiceDescriptor } from './service-descriptor';
import {
  EVENT_TRANSPORT,
  METRICS_REGISTRY,
  SERVICE_CONFIG,
  SERVICE_DESCRIPTOR,
  TRANSPORT_PRODUCER,
} from './tokens';

/** Replaceable parts, for tests and for hosting several services in one process. */
export interface PlatformOverrides {
  clock?: Clock;
  transport?: EventTransport;
}

/** The broker every in-process service of this process shares. */
const processBroker = new InProcessBroker();

/** Starts the outbox relay once the service is up; closes everything in order when it stops. */
@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    @Inject(TRANSPORT_PRODUCER) private readonly producer: TransportProducer,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(SharedRateLimitStore) private readonly rateLimitStore: SharedRateLimitStore | null,
    private readonly jobs: JobRunner,
  ) {
    // A dependency that does not answer keeps a gauge at its last value rather than failing the scrape:
    // /metrics must keep answering during the very outages it is there to show.
    new Gauge({
      name: 'crm_outbox_backlog_events',
      help: 'Events committed to the outbox and not yet published.',
      registers: [registry],
      collect: async function () {
        const backlog = await withTimeout(relay.backlog(), 3000).catch(() => undefined);
        if (backlog) this.set(backlog.count);
      },
    });
    new Gauge({
      name: 'crm_outbox_oldest_event_age_seconds',
      help: 'Age of the oldest unpublished outbox event.',
      registers: [registry],
      collect: async function () {
        const backlog = await withTimeout(relay.backlog(), 3000).catch(() => undefined);
        if (backlog) this.set(backlog.oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'crm_event_broker_up',
      help: '1 while the event broker answers, 0 while it does not (the service stays ready meanwhile).',
      registers: [registry],
      collect: async function () {
        const answers = await withTimeout(transport.checkHealth(), 3000).then(
          () => true,
          () => false,
        );
        this.set(answers ? 1 : 0);
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
    this.jobs.start();
  }

  // Runs after the HTTP server and the event consumers have stopped: flush the relay, then close.
  async onApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
    await this.relay.stop();
    await this.producer.close();
    await this.transport.close();
    this.rateLimitStore?.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class PlatformModule {
  static forService(
    descriptor: ServiceDescriptor,
    config: ServiceConfig,
    overrides: PlatformOverrides = {},
    settings?: object,
  ): DynamicModule {
    const prefix = config.EVENTS_TOPIC_PREFIX;
    const rateLimitStore = config.REDIS_URL
      ? new SharedRateLimitStore(config.REDIS_URL, descriptor.name)
      : undefined;
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(descriptor.name, config.LOG_LEVEL)),
        TerminusModule,
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'default',
              ttl: seconds(60),
              limit: config.RATE_LIMIT_PER_MINUTE || Number.MAX_SAFE_INTEGER,
            },
          ],
          // Counters shared by every replica when Redis is configured; per process otherwise.
          ...(rateLimitStore ? { storage: rateLimitStore } : {}),
        }),
      ],
      controllers: [HealthController, MetricsController, AuditController, DeadLettersController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_DESCRIPTOR, useValue: descriptor },
        ...(descriptor.settings && settings ? [{ provide: descriptor.settings, useValue: settings }] : []),
        JobRunner,
        { provide: Clock, useValue: overrides.clock ?? new SystemClock() },
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(descriptor.name) },
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = createServiceDataSource({
              url: config.DATABASE_URL,
              entities: descriptor.entities,
              migrations: serviceMigrations(descriptor),
              applicationName: descriptor.name,
              poolSize: config.DATABASE_POOL_SIZE,
              connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
            });
            await dataSource.initialize();
            if (config.runsMigrationsOnStart) await runMigrations(dataSource);
            return dataSource;
          },
        },
        {
          provide: TransactionRunner,
          useFactory: (ds: DataSource) => new TransactionRunner(ds),
          inject: [DataSource],
        },
        {
          provide: EVENT_TRANSPORT,
          useFactory: () =>
            overrides.transport ??
            (config.EVENT_TRANSPORT === 'kafka'
              ? new KafkaTransport({ brokers: config.kafkaBrokers, clientId: descriptor.name })
              : new InProcessTransport(processBroker)),
        },
        {
          provide: TRANSPORT_PRODUCER,
          useFactory: (transport: EventTransport) => transport.createProducer(),
          inject: [EVENT_TRANSPORT],
        },
        {
          provide: EventPublisher,
          useFactory: (clock: Clock) => new OutboxEventPublisher(descriptor.name, clock, prefix),
          inject: [Clock],
        },
        {
          provide: OutboxRelay,
          useFactory: (ds: DataSource, producer: TransportProducer) =>
            new OutboxRelay(ds, producer, {
              pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
              listenUrl: config.OUTBOX_LISTEN ? config.DATABASE_URL : undefined,
            }),
          inject: [DataSource, TRANSPORT_PRODUCER],
        },
        {
          provide: InboxEventProcessor,
          useFactory: (ds: DataSource, producer: TransportProducer, clock: Clock, registry: Registry) => {
            const processed = new Counter({
              name: 'crm_events_consumed_total',
              help: 'Events consumed, by type and outcome (handled, duplicate, ignored, dead-lettered).',
              labelNames: ['type', 'outcome'],
              registers: [registry],
            });
            const deadLettered = new Counter({
              name: 'crm_dlq_messages_total',
              help: 'Records sent to the dead-letter topic, by error code.',
              labelNames: ['code'],
              registers: [registry],
            });
            const retried = new Counter({
              name: 'crm_event_handler_retries_total',
              help: 'Handler failures that were retried, by event type.',
              labelNames: ['type'],
              registers: [registry],
            });
            const waited = new Counter({
              name: 'crm_event_outage_waits_total',
              help: 'Attempts of an event that waited for the database or the broker to come back, by event type.',
              labelNames: ['type'],
              registers: [registry],
            });
            return new InboxEventProcessor(ds, {
              maxAttempts: config.CONSUMER_MAX_ATTEMPTS,
              initialBackoffMs: config.CONSUMER_INITIAL_BACKOFF_MS,
              deadLetter: async (letter) => {
                await producer.send([
                  deadLetterRecord(letter, deadLetterTopic(descriptor.name, prefix), clock.now()),
                ]);
                deadLettered.inc({ code: letter.code });
              },
              onProcessed: (type, outcome) => processed.inc({ type, outcome }),
              onRetry: (type) => retried.inc({ type }),
              onOutageWait: (type) => waited.inc({ type }),
            });
          },
          inject: [DataSource, TRANSPORT_PRODUCER, Clock, METRICS_REGISTRY],
        },
        {
          provide: TokenVerifier,
          useFactory: () =>
            new TokenVerifier({
              jwksUrl: config.AUTH_JWKS_URL,
              trustDevelopmentKey: config.trustsDevelopmentKey,
              issuer: config.AUTH_ISSUER,
              audience: config.AUTH_AUDIENCE,
              algorithms: config.AUTH_ALGORITHMS.split(','),
            }),
        },
        AuditTrail,
        DeadLetters,
        // Order matters: who is calling first, then how often they may.
        { provide: SharedRateLimitStore, useValue: rateLimitStore ?? null },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: CallerThrottlerGuard },
        { provide: APP_INTERCEPTOR, useClass: PrincipalContextInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        PlatformLifecycle,
      ],
      exports: [
        ...(descriptor.settings ? [descriptor.settings] : []),
        SERVICE_CONFIG,
        Clock,
        DataSource,
        TransactionRunner,
        EventPublisher,
        EVENT_TRANSPORT,
        METRICS_REGISTRY,
        AuditTrail,
      ],
    };
  }
}
