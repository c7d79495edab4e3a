import { eventsTopic } from '@crm/contracts';
import type { ReceivedRecord } from '@crm/messaging';
import { TestPlatform, bearer, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';

type Json = Record<string, any>;

const documentNumber = 'Q98765432';

describe('customer-profile events (Kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let token: string;
  let published: ReceivedRecord[];
  let logs = '';
  let restoreWrite: () => void;

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  }

  /** The events published about one customer, in order, once `count` have arrived. */
  async function eventsOf(customerId: string, count: number): Promise<Json[]> {
    let events: Json[] = [];
    await eventually(() => {
      events = published
        .filter((r) => r.key === customerId)
        .map((r) => JSON.parse(r.value.toString()) as Json);
      expect(events.length).toBeGreaterThanOrEqual(count);
    });
    return events;
  }

  beforeAll(async () => {
    // Every log line the service writes, captured instead of printed (under jest, pino writes to
    // process.stdout, because jest has replaced its write).
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logs += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    restoreWrite = () => spy.mockRestore();
    platform = await TestPlatform.create('kafka', 'customer-events');
    service = await platform.start(customerProfileService, { env: { LOG_LEVEL: 'trace' } });
    published = await platform.collect(eventsTopic('customer-profile', platform.topicPrefix));
    token = await fullAccessToken();
  });

  afterAll(async () => {
    await platform.close();
    restoreWrite();
  });

  it('publishes registered and, when the customer can be reached, contact-preferences-changed', async () => {
    const reachable = await call('POST', '/v1/customers', {
      name: { full: '王小明', given: '小明', family: '王', order: 'family-first' },
      honorific: '先生',
      locale: 'zh-Hant-TW',
      additionalLocales: ['en-GB'],
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      communicationStyle: 'formal',
      email: 'xiaoming.wang@example.tw',
      phone: '+886912345678',
      messengerIds: { line: 'xiaoming.w' },
      preferredChannels: ['line', 'email'],
      contactHours: { start: '21:00', end: '08:00' },
    });
    expect(reachable.status).toBe(201);
    const id = reachable.body.id;
    const [registered, preferences] = await eventsOf(id, 2);
    expect(registered).toMatchObject({
      type: 'crm.customer.registered.v1',
      data: {
        customerId: id,
        locale: 'zh-Hant-TW',
        timeZone: 'Asia/Taipei',
        countryOfResidence: 'TW',
        additionalLocales: ['en-GB'],
        communicationStyle: 'formal',
      },
    });
    expect(JSON.stringify(registered)).not.toContain('xiaoming');
    expect(JSON.stringify(registered)).not.toContain('王');
    expect(preferences).toMatchObject({
      type: 'crm.customer.contact-preferences-changed.v1',
      data: {
        customerId: id,
        addressAs: { full: '王小明', given: '小明', family: '王', order: 'family-first', honorific: '先生' },
        preferredChannels: ['line', 'email'],
        contactHours: { start: '21:00', end: '08:00' },
        contactPoints: { email: 'xiaoming.wang@example.tw', phone: '+886912345678', line: 'xiaoming.w' },
      },
    });

    const unreachable = await call('POST', '/v1/customers', {
      name: { full: 'Sukarno' },
      locale: 'id-ID',
      timeZone: 'Asia/Jakarta',
      countryOfResidence: 'ID',
    });
    // A marker event after the registration: once it has arrived, anything published before it has too.
    await call('PUT', `/v1/customers/${unreachable.body.id}/compliance`, {
      kycStatus: 'pending',
      amlFlags: [],
      reason: 'marker',
    });
    const only = await eventsOf(unreachable.body.id, 2);
    expect(only.map((e) => e.type)).toEqual([
      'crm.customer.registered.v1',
      'crm.customer.compliance-changed.v1',
    ]);
  });

  it('publishes what changed on PATCH, without personal data, and contact preferences only when reachability changed', async () => {
    const created = await call('POST', '/v1/customers', {
      name: { full: 'Анна Иванова' },
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
      countryOfResidence: 'RU',
    });
    const id = created.body.id;
    await eventsOf(id, 1);
    const first = await call(
      'PATCH',
      `/v1/customers/${id}`,
      { nationality: 'KZ', timeZone: 'Asia/Almaty', name: { full: 'Анна Иванова', preferredName: 'Аня' } },
      { 'if-match': '"1"' },
    );
    expect(first.status).toBe(200);
    const second = await call('PATCH', `/v1/customers/${id}`, { nationality: 'RU' }, { 'if-match': '"2"' });
    expect(second.status).toBe(200);
    const events = await eventsOf(id, 4);
    expect(events.map((e) => e.type)).toEqual([
      'crm.customer.registered.v1',
      'crm.customer.profile-updated.v1',
      'crm.customer.contact-preferences-changed.v1',
      'crm.customer.profile-updated.v1',
    ]);
    expect(events[1].data).toEqual({
      customerId: id,
      changedFields: ['name.preferredName', 'timeZone', 'nationality'],
      changes: { timeZone: 'Asia/Almaty' },
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(events[2].data.addressAs).toEqual({ full: 'Анна Иванова', preferredName: 'Аня' });
    expect(events[3].data).toMatchObject({ changedFields: ['nationality'], changes: {}, version: 3 });
    expect(JSON.stringify([events[1], events[3]])).not.toMatch(/KZ|Аня/);
  });

  it('publishes consent changes, and on withdrawal of cultural-personalisation deletes festivals with an event', async () => {
    const id = (
      await call('POST', '/v1/customers', {
        name: { full: 'Priya Raman' },
        locale: 'ta-IN',
        timeZone: 'Asia/Kolkata',
        countryOfResidence: 'IN',
      })
    ).body.id;
    const consent = { status: 'granted', wordingVersion: 'culture-2026-01', sourceChannel: 'branch' };
    await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, consent);
    expect(
      (await call('PATCH', `/v1/customers/${id}`, { observedFestivals: ['diwali'] }, { 'if-match': '"1"' }))
        .status,
    ).toBe(200);
    await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, {
      ...consent,
      status: 'withdrawn',
    });
    const events = await eventsOf(id, 5);
    expect(events.map((e) => e.type)).toEqual([
      'crm.customer.registered.v1',
      'crm.customer.consent-changed.v1',
      'crm.customer.profile-updated.v1',
      'crm.customer.consent-changed.v1',
      'crm.customer.sensitive-data-deleted.v1',
    ]);
    expect(events[1].data).toMatchObject({
      customerId: id,
      purpose: 'cultural-personalisation',
      channel: 'any',
      status: 'granted',
      wordingVersion: 'culture-2026-01',
      sourceChannel: 'branch',
    });
    expect(events[2].data.changes).toEqual({ observedFestivals: ['diwali'] });
    expect(events[3].data.status).toBe('withdrawn');
    expect(events[4].data).toMatchObject({
      customerId: id,
      attributes: ['observedFestivals'],
      reason: 'consent-withdrawn',
    });
    expect((await call('GET', `/v1/customers/${id}`)).body.observedFestivals).toBeUndefined();
  });

  it('publishes the vulnerability adjustments only, never the note or the drivers', async () => {
    const id = (
      await call('POST', '/v1/customers', {
        name: { full: 'Margaret Jones' },
        locale: 'en-GB',
        timeZone: 'Europe/London',
        countryOfResidence: 'GB',
      })
    ).body.id;
    const recorded = await call('PUT', `/v1/customers/${id}/vulnerability`, {
      drivers: ['health', 'life-event'],
      customerAgreed: true,
      note: 'Undergoing chemotherapy; husband died in March.',
      reviewDate: '2099-05-24',
      adjustments: ['extra-time', 'no-phone-calls'],
    });
    expect(recorded.status).toBe(200);
    const [, vulnerability] = await eventsOf(id, 2);
    expect(vulnerability).toMatchObject({
      type: 'crm.customer.vulnerability-changed.v1',
      data: { customerId: id, adjustments: ['extra-time', 'no-phone-calls'], reviewDate: '2099-05-24' },
    });
    expect(Object.keys(vulnerability.data).sort()).toEqual([
      'adjustments',
      'changedAt',
      'customerId',
      'reviewDate',
    ]);
    expect(JSON.stringify(vulnerability)).not.toMatch(/chemotherapy|husband|health|life-event/);
  });

  it('publishes compliance changes', async () => {
    const id = (
      await call('POST', '/v1/customers', {
        name: { full: 'Compliance Case' },
        locale: 'de-DE',
        timeZone: 'Europe/Berlin',
        countryOfResidence: 'DE',
      })
    ).body.id;
    await call('PUT', `/v1/customers/${id}/compliance`, {
      kycStatus: 'verified',
      kycExpiresOn: '2028-11-24',
      amlFlags: ['pep'],
      reason: 'Screening found a politically exposed person',
    });
    const [, compliance] = await eventsOf(id, 2);
    expect(compliance).toMatchObject({
      type: 'crm.customer.compliance-changed.v1',
      data: { customerId: id, kycStatus: 'verified', kycExpiresOn: '2028-11-24', amlFlags: ['pep'] },
    });
    expect(JSON.stringify(compliance)).not.toContain('Screening');
  });

  it('never puts an identity document number in plain text in the database, the events or the logs', async () => {
    const id = (
      await call('POST', '/v1/customers', {
        name: { full: 'Document Holder' },
        locale: 'en-US',
        timeZone: 'America/New_York',
        countryOfResidence: 'US',
        email: 'holder@example.com',
      })
    ).body.id;
    const added = await call('POST', `/v1/customers/${id}/identity-documents`, {
      type: 'passport',
      issuingCountry: 'US',
      number: documentNumber,
    });
    expect(added.status).toBe(201);
    await call('GET', `/v1/customers/${id}/identity-documents`);
    await call('GET', `/v1/customers?document=${documentNumber}`);
    await call('GET', `/v1/customers/${id}/personal-data-export`);
    await call('POST', `/v1/customers/${id}/identity-documents`, {
      type: 'passport',
      issuingCountry: 'US',
      number: documentNumber,
    }); // a refused duplicate
    // A marker event after the document: once it has arrived, everything before it has too.
    await call('PUT', `/v1/customers/${id}/compliance`, {
      kycStatus: 'pending',
      amlFlags: [],
      reason: 'marker',
    });
    await eventsOf(id, 3);

    const tables = await service.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'customers',
        'customer_identity_documents',
        'idempotency_keys',
        'outbox',
        'audit_log',
      ]),
    );
    for (const { table_name } of tables) {
      const rows = await service.sql<Json>(`SELECT * FROM "${table_name}"`);
      const dump = JSON.stringify(rows, (_, value: unknown) =>
        value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer'
          ? Buffer.from((value as { data: number[] }).data).toString('latin1')
          : value,
      );
      expect({ table: table_name, hasNumber: dump.includes(documentNumber) }).toEqual({
        table: table_name,
        hasNumber: false,
      });
    }
    const events = published.map((r) => r.value.toString()).join('\n');
    expect(events.length).toBeGreaterThan(1000);
    expect(events).not.toContain(documentNumber);
    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).not.toContain(documentNumber);
    expect(logs).not.toContain('holder@example.com');
  });
});
