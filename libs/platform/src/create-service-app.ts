import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { createServer, type RequestListener } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import { Logger } from 'nestjs-pino';
import { Gauge, type Registry } from 'prom-client';
import { EventServer, InboxEventProcessor, type EventTransport } from '@crm/messaging';
import { httpRequestDuration } from '@crm/observability';
import { DeadLetters } from './dead-letters/dead-letters';
import { useBoundedJsonParser } from './json-body.parser';
import { PlatformModule, type PlatformOverrides } from './platform.module';
import { ProblemDetailsFilter, toRequestValidationError } from './problem-details';
import { loadServiceConfig, loadServiceSettings, type ServiceConfig } from './service-config';
import type { ServiceDescriptor } from './service-descriptor';
import { EVENT_TRANSPORT, METRICS_REGISTRY, SERVICE_CONFIG } from './tokens';
import { withTimeout } from './with-timeout';

/**
 * Builds a service the one way every service is built: Fastify, validation that answers field by field,
 * RFC 9457 errors, OpenAPI at /docs, metrics, health, and its event handlers on the platform's
 * transport. The environment is passed in so that tests and the one-process mode can host several.
 */
export async function createServiceApp(
  descriptor: ServiceDescriptor,
  env: Record<string, string | undefined> = process.env,
  overrides: PlatformOverrides = {},
): Promise<NestFastifyApplication> {
  const config = loadServiceConfig(descriptor.name, descriptor.defaultPort, env);
  const settings = descriptor.settings
    ? loadServiceSettings(descriptor.name, descriptor.settings, env)
    : undefined;

  @Module({})
  class ServiceRootModule {}
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [PlatformModule.forService(descriptor, config, overrides, settings), descriptor.module],
  };

  const adapter = new FastifyAdapter({
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    trustProxy: true,
    // A request (headers and body) must arrive within the timeout, else 408: slow-loris clients cannot
    // hold connections. Node checks the clock every connectionsCheckingInterval, 30 s by default.
    serverFactory: (handler: RequestListener) =>
      createServer(
        {
          requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
          headersTimeout: Math.min(config.HTTP_REQUEST_TIMEOUT_MS, 60_000),
          connectionsCheckingInterval: Math.min(1000, config.HTTP_REQUEST_TIMEOUT_MS / 2),
        },
        handler,
      ),
  });
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Fastify's own JSON parser only: anything else (forms, text) is a 415, not silently parsed.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  await harden(app, config);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => toRequestValidationError(errors),
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  recordHttpMetrics(app, app.get<Registry>(METRICS_REGISTRY));
  publishOpenApi(app, descriptor);
  await connectEventHandlers(app, descriptor, config);
  return app;
}

async function harden(app: NestFastifyApplication, config: ServiceConfig): Promise<void> {
  // JSON APIs and a docs page: no CSP here (Swagger UI needs inline scripts); the other headers apply.
  await app.register(helmet, { contentSecurityPolicy: false, global: true });
  const origins = (config.CORS_ORIGINS ?? '').split(',').filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: false, maxAge: 600 });
  useBoundedJsonParser(app.getHttpAdapter().getInstance(), config.JSON_MAX_DEPTH);
}

function recordHttpMetrics(app: NestFastifyApplication, registry: Registry): void {
  const duration = httpRequestDuration(registry);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      duration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });
}

function publishOpenApi(app: NestFastifyApplication, descriptor: ServiceDescriptor): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(descriptor.title)
      .setDescription(descriptor.description)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

async function connectEventHandlers(
  app: NestFastifyApplication,
  descriptor: ServiceDescriptor,
  config: ServiceConfig,
) {
  const transport = app.get<EventTransport>(EVENT_TRANSPORT);
  // The prefix isolates consumer groups as it isolates topics: environments sharing a broker must not
  // share a group, or the group leader would assign partitions of its own topics only.
  const groupId = `${config.EVENTS_TOPIC_PREFIX}${descriptor.name}`;
  const server = new EventServer({
    transport,
    processor: app.get(InboxEventProcessor),
    groupId,
    topicPrefix: config.EVENTS_TOPIC_PREFIX,
  });
  // The app's filter also serves the event handlers: it keeps a handler's own error, so that the
  // processor can tell a transient failure from one that can never succeed.
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.get(DeadLetters).attach(server);
  new Gauge({
    name: 'crm_consumer_lag_records',
    help: 'Records on subscribed topics not yet consumed by this service.',
    registers: [app.get<Registry>(METRICS_REGISTRY)],
    collect: async function () {
      const topics = server.subscribedTopics();
      if (topics.length === 0) return;
      // While the broker is away the gauge keeps its last value; crm_event_broker_up says why.
      const lag = await withTimeout(transport.consumerLag(groupId, topics), 3000).catch(() => undefined);
      if (lag !== undefined) this.set(lag);
    },
  });
  await app.startAllMicroservices();
}

/** For main.ts: starts one service from the process environment, or exits with a clear message. */
export async function runService(descriptor: ServiceDescriptor): Promise<void> {
  let app: NestFastifyApplication;
  try {
    app = await createServiceApp(descriptor);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  app.enableShutdownHooks();
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  await app.listen(config.PORT, config.HOST);
  app.get(Logger).log(`${descriptor.name} listening on ${await app.getUrl()} (docs at /docs)`);
}
