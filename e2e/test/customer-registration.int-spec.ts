import { eventsTopic } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { encodeEvent } from '@crm/messaging';
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

let token: string;
beforeAll(async () => {
  token = await fullAccessToken();
});

async function registerCustomer(
  profile: TestService,
  body: unknown = {
    name: { full: 'Nguyễn Thị Minh Khai' },
    locale: 'vi-VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    countryOfResidence: 'VN',
  },
) {
  const response = await fetch(`${profile.url}/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    headers: response.headers,
  };
}

async function timeline(log: TestService, customerId: string) {
  const response = await fetch(`${log.url}/v1/customers/${customerId}/timeline`, { headers: bearer(token) });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    items: { id: string; type: string; occurredAt: string; channel: string; sourceEvent: { id: string } }[];
  };
}

function registeredEvent(customerId: string, time?: string) {
  return customerRegisteredEvent(customerId, { time });
}

describe.each(TRANSPORT_KINDS)('customer registration flow (%s)', (kind) => {
  let platform: TestPlatform;
  let profile: TestService;
  let log: TestService;

  beforeAll(async () => {
    platform = await TestPlatform.create(kind, 'registration');
    [profile, log] = await Promise.all([
      platform.start(customerProfileService),
      platform.start(interactionLogService),
    ]);
  });

  afterAll(() => platform?.close());

  it('puts a newly registered customer on the timeline of the interaction log', async () => {
    const registered = await registerCustomer(profile);
    expect(registered.status).toBe(201);
    expect(registered.headers.get('location')).toBe(`/v1/customers/${registered.body.id}`);
    expect(registered.body).toMatchObject({ name: { full: 'Nguyễn Thị Minh Khai' }, locale: 'vi-VN' });

    const { items } = await eventually(async () => {
      const page = await timeline(log, registered.body.id);
      expect(page.items).toHaveLength(1);
      return page;
    });
    expect(items[0]).toMatchObject({
      type: 'crm.customer.registered.v1',
      channel: 'system',
      occurredAt: registered.body.registeredAt,
      sourceEvent: { type: 'crm.customer.registered.v1', source: '/crm/customer-profile' },
    });
  });

  it('records an event delivered twice only once', async () => {
    const customerId = newId();
    const topic = eventsTopic('customer-profile', platform.topicPrefix);
    const twice = registeredEvent(customerId, '2026-01-01T00:00:00.000Z');
    const record = encodeEvent(twice, topic);
    // A later event of the same customer: the same key, so the same partition, behind both copies.
    const marker = registeredEvent(customerId, '2026-01-02T00:00:00.000Z');
    await platform.produce([record, record]);
    await platform.produce([encodeEvent(marker, topic)]);

    const { items } = await eventually(async () => {
      const page = await timeline(log, customerId);
      expect(page.items.map((item) => item.sourceEvent.id)).toContain(marker.id);
      return page;
    });
    // Once the marker is applied, both copies before it were handled: one entry each, no more.
    expect(items.map((item) => item.sourceEvent.id).sort()).toEqual([twice.id, marker.id].sort());
  });

  it("applies one customer's events in the order they were published", async () => {
    const customerId = newId();
    const start = Date.parse('2026-01-01T00:00:00Z');
    const events = Array.from({ length: 25 }, (_, i) =>
      registeredEvent(customerId, new Date(start + i * 60_000).toISOString()),
    );
    await platform.produce(
      events.map((event) => encodeEvent(event, eventsTopic('customer-profile', platform.topicPrefix))),
    );

    const { items } = await eventually(async () => {
      const page = await timeline(log, customerId);
      expect(page.items).toHaveLength(25);
      return page;
    });
    // Entry ids are UUIDv7 minted when the event is applied: sorting by id gives the order of application.
    const applied = [...items].sort((a, b) => a.id.localeCompare(b.id)).map((item) => item.sourceEvent.id);
    expect(applied).toEqual(events.map((event) => event.id));
  });
});
