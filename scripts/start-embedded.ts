// The whole platform in one process on nothing but Node.js: every service on its usual port, each on
// its own embedded PostgreSQL (PGlite) kept under the data folder, events on the in-process transport
// (kept there too). `npm start`; Ctrl-C stops it cleanly; data and undelivered events survive restarts.
// Tracing first, so that http and pg are instrumented when the services load them.
import './embedded-tracing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join, resolve } from 'node:path';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { InProcessBroker, InProcessTransport } from '@crm/messaging';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@crm/persistence';
import { createServiceApp } from '@crm/platform';
import { PLATFORM_SERVICES as services } from './platform-services';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const dataDirectory = resolve(process.env.CRM_DATA_DIR ?? '.data');
  const host = process.env.HOST ?? '127.0.0.1';
  // Moves every port by the same amount, to run a second platform beside the first.
  const portOffset = Number(process.env.CRM_PORT_OFFSET ?? 0);
  const portOf = (service: { defaultPort: number }) => service.defaultPort + portOffset;
  const broker = new InProcessBroker(3, join(dataDirectory, 'events'));
  const running: { app: NestFastifyApplication; database: EmbeddedPostgres }[] = [];

  const stop = async () => {
    for (const { app, database } of running.reverse()) {
      await app.close();
      await database.stop();
    }
    broker.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  for (const service of services) {
    const database = await startEmbeddedPostgres(join(dataDirectory, 'postgres', service.name));
    const app = await createServiceApp(
      service,
      {
        NODE_ENV: process.env.NODE_ENV ?? 'development',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        DATABASE_URL: database.url,
        // PGlite has one session: one pooled connection that may wait for another transaction to end,
        // and the relay polls instead of LISTENing.
        DATABASE_POOL_SIZE: '1',
        DATABASE_CONNECT_TIMEOUT_MS: '0',
        OUTBOX_LISTEN: 'false',
        OUTBOX_POLL_INTERVAL_MS: '250',
        EVENT_TRANSPORT: 'in-process',
        AUTH_JWKS_URL: process.env.AUTH_JWKS_URL,
      },
      { transport: new InProcessTransport(broker) },
    );
    await app.listen(portOf(service), host);
    running.push({ app, database });
  }

  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const base = (port: number) => `http://${host}:${port}`;
  const scopes = 'customers:read,customers:write,interactions:read,pii:read,audit:read';
  console.log(
    [
      '',
      `Cross-cultural banking CRM — embedded mode (PGlite, in-process events), data in ${dataDirectory}`,
      ...services.map(
        (s) => `  ${s.name.padEnd(17)} ${base(s.defaultPort)}   docs ${base(s.defaultPort)}/docs`,
      ),
      '',
      'Mint a development token:',
      `  TOKEN=$(npm run -s token -- --scopes ${scopes})`,
      'Register a customer, then read the timeline:',
      `  curl -s -X POST ${base(portOf(customerProfileService))}/v1/customers -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
      `    -d '{"name":{"full":"王小明"},"locale":"zh-Hant-TW","timeZone":"Asia/Taipei","countryOfResidence":"TW"}'`,
      `  curl -s ${base(portOf(interactionLogService))}/v1/customers/<id>/timeline -H "authorization: Bearer $TOKEN"`,
      'Demo data: npm run seed',
      '',
      `Ready in ${seconds} s (resident memory ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB). Ctrl-C stops.`,
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
