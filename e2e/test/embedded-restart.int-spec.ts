import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CustomerRegisteredV1, eventsTopic } from '@crm/contracts';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { newId } from '@crm/kernel';
import { InProcessBroker, InProcessTransport } from '@crm/messaging';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@crm/persistence';
import { createServiceApp, type ServiceDescriptor } from '@crm/platform';
import { bearer, eventually, fullAccessToken } from '@crm/testing';

/** The embedded runtime of `npm start`, stopped and started again on the same data folder. */
class EmbeddedHost {
  private broker?: InProcessBroker;
  private readonly running = new Map<
    string,
    { app: NestFastifyApplication; database: EmbeddedPostgres; url: string }
  >();

  constructor(readonly directory: string) {}

  async start(service: ServiceDescriptor): Promise<string> {
    this.broker ??= new InProcessBroker(3, join(this.directory, 'events'));
    const database = await startEmbeddedPostgres(join(this.directory, 'postgres', service.name));
    const app = await createServiceApp(
      service,
      {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '1',
        DATABASE_CONNECT_TIMEOUT_MS: '0',
        OUTBOX_LISTEN: 'false',
        OUTBOX_POLL_INTERVAL_MS: '100',
        EVENT_TRANSPORT: 'in-process',
      },
      { transport: new InProcessTransport(this.broker, 100) },
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    this.running.set(service.name, { app, database, url });
    return url;
  }

  /** Stops every service and forgets the broker, as a process exit would. */
  async stop(): Promise<void> {
    for (const { app, database } of this.running.values()) {
      await app.close();
      await database.stop();
    }
    this.running.clear();
    this.broker?.flush();
    this.broker = undefined;
  }
}

describe('embedded runtime across restarts', () => {
  const directory = mkdtempSync(join(tmpdir(), 'crm-embedded-'));
  const host = new EmbeddedHost(directory);
  let token: string;

  beforeAll(async () => {
    token = await fullAccessToken();
  });

  afterAll(async () => {
    await host.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps data and delivers, after a restart, the events that had not reached their consumers', async () => {
    // interaction-log is down while the customer registers: the event waits in the broker's log.
    const profileUrl = await host.start(customerProfileService);
    const created = await fetch(`${profileUrl}/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({
        name: { full: 'Kofi Annan' },
        locale: 'ak-GH',
        timeZone: 'Africa/Accra',
        countryOfResidence: 'GH',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await host.stop();

    // An event committed to the outbox that no relay published before the stop.
    const pending = newId();
    const database = await startEmbeddedPostgres(join(directory, 'postgres', 'customer-profile'));
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const time = new Date().toISOString();
    await client.query(
      `INSERT INTO outbox (event_id, topic, partition_key, event_type, event) VALUES ($1, $2, $3, $4, $5)`,
      [
        newId(),
        eventsTopic('customer-profile'),
        pending,
        CustomerRegisteredV1.type,
        JSON.stringify({
          specversion: '1.0',
          id: newId(),
          source: '/crm/customer-profile',
          type: CustomerRegisteredV1.type,
          time,
          datacontenttype: 'application/json',
          partitionkey: pending,
          data: {
            customerId: pending,
            locale: 'tw-GH',
            timeZone: 'Africa/Accra',
            countryOfResidence: 'GH',
            registeredAt: time,
          },
        }),
      ],
    );
    await client.end();
    await database.stop();

    const restartedProfile = await host.start(customerProfileService);
    const logUrl = await host.start(interactionLogService);
    const read = await fetch(`${restartedProfile}/v1/customers/${id}`, { headers: bearer(token) });
    expect(((await read.json()) as { name: { full: string } }).name.full).toBe('Kofi Annan');
    for (const customerId of [id, pending]) {
      await eventually(async () => {
        const timeline = (await (
          await fetch(`${logUrl}/v1/customers/${customerId}/timeline`, { headers: bearer(token) })
        ).json()) as {
          items: unknown[];
        };
        expect(timeline.items).toHaveLength(1);
      });
    }
  });
});
