import { Controller, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CustomerRegisteredV1,
  deadLetterTopic,
  eventsTopic,
  type CrmEvent,
  type CustomerRegisteredV1Data,
} from '@crm/contracts';
import { NotFoundError, newId } from '@crm/kernel';
import { encodeEvent } from '@crm/messaging';
import { requireTransaction } from '@crm/persistence';
import {
  TRANSPORT_KINDS,
  TestPlatform,
  apiClient,
  customerRegisteredEvent,
  eventually,
  mintToken,
  type ApiClient,
  type TestService,
} from '@crm/testing';
import type { ServiceDescriptor } from '../src/service-descriptor';

/**
 * A stand-in for interaction-log (same name, so the same dead-letter topic): its one handler welcomes a
 * registered customer, and refuses until the customer is known to it — a failure whose cause an
 * operator can fix, after which the parked event is replayed. Every welcome is a row, with no unique
 * constraint, so an event applied twice would show as two rows.
 */
@Controller()
class WelcomeHandler {
  @EventPattern(CustomerRegisteredV1.type)
  async welcome(@Payload() event: CrmEvent<CustomerRegisteredV1Data>): Promise<void> {
    const transaction = requireTransaction();
    const known: unknown[] = await transaction.query('SELECT 1 FROM known_customers WHERE id = $1', [
      event.data.customerId,
    ]);
    if (known.length === 0) throw new NotFoundError('CUSTOMER_NOT_FOUND', 'the customer is not known yet');
    await transaction.query('INSERT INTO welcomes (event_id, customer_id) VALUES ($1, $2)', [
      event.id,
      event.data.customerId,
    ]);
  }
}

class CreateWelcomeTables1700000000000 implements MigrationInterface {
  name = 'CreateWelcomeTables1700000000000';
  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE known_customers (id uuid PRIMARY KEY)');
    await db.query('CREATE TABLE welcomes (event_id text NOT NULL, customer_id uuid NOT NULL)');
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE welcomes, known_customers');
  }
}

@Module({ controllers: [WelcomeHandler] })
class WelcomeModule {}

const welcomeService: ServiceDescriptor = {
  name: 'interaction-log',
  defaultPort: 0,
  title: 'welcome probe',
  description: 'a service whose only handler needs a customer it may not know yet',
  module: WelcomeModule,
  entities: [],
  migrations: [CreateWelcomeTables1700000000000],
};

const ADMIN = '/v1/admin/dead-letters';

describe.each(TRANSPORT_KINDS)('dead letters for operators (%s)', (kind) => {
  let platform: TestPlatform;
  let service: TestService;
  let admin: ApiClient;
  const customerId = newId();
  const failing = customerRegisteredEvent(customerId, { data: { timeZone: 'Asia/Kolkata' } });
  const breaksSchema = customerRegisteredEvent(customerId, { data: { countryOfResidence: 'India' } });

  beforeAll(async () => {
    platform = await TestPlatform.create(kind, 'dead-letters');
    service = await platform.start(welcomeService, {
      env: { CONSUMER_MAX_ATTEMPTS: '2', CONSUMER_INITIAL_BACKOFF_MS: '20' },
    });
    admin = apiClient(service, await mintToken({ roles: ['admin'], subject: 'operator-7' }));
    const topic = eventsTopic('customer-profile', platform.topicPrefix);
    const unreadable = { ...encodeEvent(failing, topic), value: Buffer.from('{"not json') };
    // One key, so one partition: each record is parked before the next one is taken.
    await platform.produce([unreadable, encodeEvent(breaksSchema, topic), encodeEvent(failing, topic)]);
    await eventually(async () => expect((await admin.get(ADMIN)).body.items).toHaveLength(3), 40_000);
  });

  afterAll(() => platform.close());

  it('lists what is parked and why, a record that does not decode with what its headers say', async () => {
    const { status, body } = await admin.get(ADMIN);

    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    const byCode = new Map(body.items.map((item: { code: string }) => [item.code, item]));
    const topic = eventsTopic('customer-profile', platform.topicPrefix);
    expect(byCode.get('UNREADABLE_EVENT')).toEqual({
      customerKey: customerId,
      code: 'UNREADABLE_EVENT',
      reason: expect.stringContaining('not a valid structured CloudEvent'),
      originalTopic: topic,
      originalPartition: expect.any(Number),
      originalOffset: expect.any(String),
      attempts: 0,
      failedAt: expect.any(String),
    });
    expect(byCode.get('EVENT_SCHEMA_VIOLATION')).toMatchObject({
      id: breaksSchema.id,
      type: CustomerRegisteredV1.type,
      reason: expect.stringContaining('countryOfResidence'),
      attempts: 0,
    });
    expect(byCode.get('CUSTOMER_NOT_FOUND')).toMatchObject({
      id: failing.id,
      type: CustomerRegisteredV1.type,
      customerKey: customerId,
      reason: 'the customer is not known yet',
      originalTopic: topic,
      attempts: 2,
    });

    const filtered = await admin.get(`${ADMIN}?id=${failing.id}&type=${CustomerRegisteredV1.type}`);
    expect(filtered.body.items.map((item: { id: string }) => item.id)).toEqual([failing.id]);
    const future = await admin.get(`${ADMIN}?since=${new Date(Date.now() + 60_000).toISOString()}`);
    expect(future.body.items).toEqual([]);
  });

  it('reads a topic as it stands: all of it, up to a limit, an empty one at once', async () => {
    const dlq = deadLetterTopic('interaction-log', platform.topicPrefix);
    expect(await platform.transport.readTopic(dlq)).toHaveLength(3);
    expect(await platform.transport.readTopic(dlq, { limit: 1 })).toHaveLength(1);
    expect(await platform.transport.readTopic(deadLetterTopic('complaints', platform.topicPrefix))).toEqual(
      [],
    );
  });

  it('shows one parked record, with its payload as it arrived only to a caller holding pii:read', async () => {
    const withoutPersonalData = await admin.get(`${ADMIN}/${breaksSchema.id}`);
    expect(withoutPersonalData.status).toBe(200);
    expect(withoutPersonalData.body).toMatchObject({ id: breaksSchema.id, code: 'EVENT_SCHEMA_VIOLATION' });
    expect(withoutPersonalData.body).not.toHaveProperty('payload');

    const investigator = await mintToken({ scopes: ['dead-letters:read', 'pii:read'] });
    const { status, body } = await admin.get(`${ADMIN}/${breaksSchema.id}`, investigator);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: breaksSchema.id, code: 'EVENT_SCHEMA_VIOLATION' });
    expect(JSON.parse(body.payload)).toMatchObject({
      id: breaksSchema.id,
      data: { countryOfResidence: 'India' },
    });
    expect((await admin.get(`${ADMIN}/${newId()}`)).body).toMatchObject({
      status: 404,
      code: 'DEAD_LETTER_NOT_FOUND',
    });
  });

  it('refuses callers without the permissions, and bad filters, as problem details', async () => {
    const auditor = await mintToken({ roles: ['auditor'] });
    const reader = await mintToken({ scopes: ['dead-letters:read'] });

    expect((await admin.get(ADMIN, auditor)).status).toBe(403);
    expect((await admin.get(`${ADMIN}/${failing.id}`, auditor)).status).toBe(403);
    expect((await admin.post(`${ADMIN}/replay`, { id: failing.id }, { token: reader })).status).toBe(403);
    for (const query of ['since=yesterday', 'type=customer.registered', 'id=a%20b', 'limit=3']) {
      const answer = await admin.get(`${ADMIN}?${query}`);
      expect({ query, status: answer.status, code: answer.body.code }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const everything = await admin.post(`${ADMIN}/replay`, {});
    expect(everything.status).toBe(400);
    expect(everything.headers.get('content-type')).toContain('application/problem+json');
  });

  it('replays a record whose cause was fixed exactly once, and never parks a record again', async () => {
    const welcomes = () => service.sql('SELECT 1 FROM welcomes WHERE event_id = $1', [failing.id]);
    const first = await admin.post(`${ADMIN}/replay`, { id: failing.id });
    expect(first.body).toMatchObject({
      items: [{ id: failing.id, outcome: 'failed', code: 'CUSTOMER_NOT_FOUND' }],
      counts: { handled: 0, duplicate: 0, ignored: 0, failed: 1 },
    });

    await service.sql('INSERT INTO known_customers (id) VALUES ($1)', [customerId]);
    const fixed = await admin.post(`${ADMIN}/replay`, { id: failing.id });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toEqual({
      items: [{ id: failing.id, type: CustomerRegisteredV1.type, outcome: 'handled' }],
      counts: { handled: 1, duplicate: 0, ignored: 0, failed: 0 },
      truncated: false,
    });
    expect(await welcomes()).toHaveLength(1);

    const again = await admin.post(`${ADMIN}/replay`, { type: CustomerRegisteredV1.type });
    const outcomes = new Map(again.body.items.map((item: { id: string }) => [item.id, item]));
    expect(outcomes.get(failing.id)).toMatchObject({ outcome: 'duplicate' });
    expect(outcomes.get(breaksSchema.id)).toMatchObject({
      outcome: 'failed',
      code: 'EVENT_SCHEMA_VIOLATION',
    });
    expect(again.body.counts).toEqual({ handled: 0, duplicate: 1, ignored: 0, failed: 1 });
    expect(await welcomes()).toHaveLength(1);
    // A replay answers once its records are settled: whatever it would have parked is there already.
    expect((await admin.get(ADMIN)).body.items).toHaveLength(3);
  });

  it('puts every call on the audit trail, with the filter and the counts and no payload', async () => {
    const auditor = apiClient(service, await mintToken({ scopes: ['audit:read'] }));
    const trail = (await auditor.get('/v1/audit?limit=100')).body.items as {
      action: string;
      subject: string;
      resourceId?: string;
      fields: string[];
      outcome: string;
    }[];
    const replays = trail.filter((entry) => entry.action === 'dead-letters.replay');

    expect(replays).toContainEqual(
      expect.objectContaining({
        subject: 'operator-7',
        resourceId: `id=${failing.id} handled=1 duplicate=0 ignored=0 failed=0`,
        outcome: 'success',
      }),
    );
    expect(replays).toContainEqual(
      expect.objectContaining({
        resourceId: `type=${CustomerRegisteredV1.type} handled=0 duplicate=1 ignored=0 failed=1`,
        outcome: 'failure',
      }),
    );
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: 'dead-letter.read',
        resourceId: breaksSchema.id,
        fields: ['payload'],
      }),
    );
    expect(trail.find((entry) => entry.action === 'dead-letters.read')).toBeDefined();
    expect(JSON.stringify(trail)).not.toContain('India');
  });

  it('lists the parked records through the operator command', async () => {
    const command = join(__dirname, '..', '..', '..', 'dist', 'scripts', 'dlq.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [command, 'list', 'interaction-log', '--url', service.url],
      { env: { ...process.env, CRM_ADMIN_TOKEN: await mintToken({ scopes: ['dead-letters:read'] }) } },
    );

    const row = stdout.split('\n').find((line) => line.includes(failing.id));
    expect(row).toEqual(expect.stringContaining('CUSTOMER_NOT_FOUND'));
    expect(row).toEqual(expect.stringContaining(CustomerRegisteredV1.type));
    expect(stdout).toContain('UNREADABLE_EVENT');
    expect(stdout).toContain('3 dead letter(s)');
  });
});
