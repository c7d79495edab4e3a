import { deadLetterTopic, eventsTopic } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { DLQ_HEADERS, encodeEvent, type EventTransport, type ReceivedRecord } from '@crm/messaging';
import {
  TRANSPORT_KINDS,
  TestPlatform,
  bearer,
  eventually,
  fullAccessToken,
  type TestService,
  customerRegisteredEvent,
} from '@crm/testing';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';

const newCustomer = {
  name: { full: 'Oluwaseun Adébáyọ̀' },
  locale: 'yo-NG',
  timeZone: 'Africa/Lagos',
  countryOfResidence: 'NG',
};

let token: string;
beforeAll(async () => {
  token = await fullAccessToken();
});

async function register(profile: TestService): Promise<string> {
  const response = await fetch(`${profile.url}/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify(newCustomer),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function timelineLength(log: TestService, customerId: string): Promise<number> {
  const response = await fetch(`${log.url}/v1/customers/${customerId}/timeline`, { headers: bearer(token) });
  return ((await response.json()) as { items: unknown[] }).items.length;
}

/** Sum of a Prometheus metric's samples on /metrics whose labels include the given ones. */
async function metric(
  service: TestService,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const text = await (await fetch(`${service.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

/** A transport whose producer crashes once right after the broker has taken a batch, like a relay killed before it marks the batch sent. */
function crashingOnceAfterPublish(standard: EventTransport): EventTransport {
  let crashed = false;
  return Object.assign(Object.create(standard) as EventTransport, {
    createProducer: async () => {
      const producer = await standard.createProducer();
      return {
        send: async (records: Parameters<typeof producer.send>[0]) => {
          await producer.send(records);
          if (!crashed && records.some((r) => r.topic.endsWith('crm.customer-profile.events'))) {
            crashed = true;
            throw new Error('relay died after publishing');
          }
        },
        close: () => producer.close(),
      };
    },
  });
}

describe.each(TRANSPORT_KINDS)('messaging guarantees (%s)', (kind) => {
  let platform: TestPlatform;

  beforeEach(async () => {
    platform = await TestPlatform.create(kind, 'guarantees');
  });

  afterEach(() => platform.close());

  it('absorbs the duplicate a relay publishes when it dies before marking the batch sent', async () => {
    const profile = await platform.start(customerProfileService, { transport: crashingOnceAfterPublish });
    const log = await platform.start(interactionLogService);
    const published = await platform.collect(eventsTopic('customer-profile', platform.topicPrefix));

    const customerId = await register(profile);

    await eventually(() => expect(published.filter((r) => r.key === customerId)).toHaveLength(2));
    const [first, second] = published
      .filter((r) => r.key === customerId)
      .map((r) => JSON.parse(r.value.toString()).id);
    expect(second).toBe(first);
    // Once the consumer has seen the second copy too, the timeline holds the event once.
    await eventually(async () =>
      expect(await metric(log, 'crm_events_consumed_total', { outcome: 'duplicate' })).toBe(1),
    );
    expect(await metric(log, 'crm_events_consumed_total', { outcome: 'handled' })).toBe(1);
    expect(await timelineLength(log, customerId)).toBe(1);
    const unsent = await profile.sql('SELECT 1 FROM outbox WHERE sent_at IS NULL');
    expect(unsent).toHaveLength(0);
  });

  it('retries a handler that fails while its database answers, then applies the event once', async () => {
    const profile = await platform.start(customerProfileService);
    const log = await platform.start(interactionLogService, {
      env: { CONSUMER_MAX_ATTEMPTS: '20', CONSUMER_INITIAL_BACKOFF_MS: '100' },
    });
    const dead = await platform.collect(deadLetterTopic('interaction-log', platform.topicPrefix));
    // The handler's own table is missing for a while (a bad deployment, not an outage: the database
    // answers), so every attempt fails and counts towards the dead-letter limit until it is back.
    await log.sql('ALTER TABLE timeline_entries RENAME TO timeline_entries_away');
    const customerId = await register(profile);
    await eventually(async () =>
      expect(await metric(log, 'crm_event_handler_retries_total')).toBeGreaterThanOrEqual(2),
    );
    await log.sql('ALTER TABLE timeline_entries_away RENAME TO timeline_entries');

    await eventually(async () => expect(await timelineLength(log, customerId)).toBe(1));
    expect(dead).toHaveLength(0);
  });

  it('parks poison messages in the dead-letter topic and keeps the partition flowing', async () => {
    const log = await platform.start(interactionLogService);
    const dead = await platform.collect(deadLetterTopic('interaction-log', platform.topicPrefix));
    const topic = eventsTopic('customer-profile', platform.topicPrefix);
    const customerId = newId();
    const valid = customerRegisteredEvent(customerId, {
      data: { locale: 'ar-EG', timeZone: 'Africa/Cairo', countryOfResidence: 'EG' },
    });
    const breaksSchema = { ...valid, id: newId(), data: { ...valid.data, countryOfResidence: 'Egypt' } };
    const unreadable = { ...encodeEvent(valid, topic), value: Buffer.from('{"not json') };

    // Same key, so the same partition: the valid event is behind both poison messages.
    await platform.produce([unreadable, encodeEvent(breaksSchema, topic), encodeEvent(valid, topic)]);

    await eventually(async () => expect(await timelineLength(log, customerId)).toBe(1));
    await eventually(() => expect(dead).toHaveLength(2));
    const codes = dead.map((record: ReceivedRecord) => record.headers[DLQ_HEADERS.code]).sort();
    expect(codes).toEqual(['EVENT_SCHEMA_VIOLATION', 'UNREADABLE_EVENT']);
    for (const record of dead) {
      expect(record.key).toBe(customerId);
      expect(record.headers[DLQ_HEADERS.topic]).toBe(topic);
      expect(record.headers[DLQ_HEADERS.reason]).toEqual(expect.any(String));
    }
    expect(dead.find((r) => r.headers[DLQ_HEADERS.code] === 'UNREADABLE_EVENT')?.value.toString()).toBe(
      '{"not json',
    );
    expect(await metric(log, 'crm_dlq_messages_total')).toBe(2);
  });
});

describe.each(TRANSPORT_KINDS)('graceful shutdown (%s)', (kind) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.create(kind, 'shutdown');
  });

  afterAll(() => platform.close());

  it('publishes what is committed before the service stops, closes its pool, and the consumer catches up', async () => {
    // No LISTEN and a poll far away: only the flush on shutdown can publish the registration.
    const profile = await platform.start(customerProfileService, {
      env: { OUTBOX_LISTEN: 'false', OUTBOX_POLL_INTERVAL_MS: '600000' },
    });
    const log = await platform.start(interactionLogService);
    const customerId = await register(profile);
    expect(await profile.sql('SELECT 1 FROM outbox WHERE sent_at IS NULL')).toHaveLength(1);
    expect(await metric(profile, 'crm_outbox_backlog_events')).toBe(1);
    const sql = profile.sql;

    await profile.close();

    await eventually(async () => expect(await timelineLength(log, customerId)).toBe(1));
    expect(await metric(log, 'crm_consumer_lag_records')).toBe(0);
    await expect(sql('SELECT 1')).rejects.toThrow();
  });
});
