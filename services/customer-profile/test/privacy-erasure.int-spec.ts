import {
  CustomerErasureRequestedV1,
  CustomerSegmentChangedV1,
  LoanBoardedV1,
  PrivacyErasureCompletedV1,
  eventsTopic,
  type CrmEvent,
  type PrivacyErasureCompletedV1Data,
  type ServiceName,
} from '@crm/contracts';
import { newId } from '@crm/kernel';
import { decodeEvent, type ReceivedRecord } from '@crm/messaging';
import {
  TestPlatform,
  bearer,
  eventRecord,
  eventually,
  fullAccessToken,
  mintToken,
  type TestService,
} from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';

type Json = Record<string, any>;

describe('data-subject erasure across services (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let published: ReceivedRecord[];
  let token: string;

  beforeAll(async () => {
    token = await fullAccessToken();
    platform = await TestPlatform.create('kafka', 'privacy-erasure');
    service = await platform.start(customerProfileService);
    published = await platform.collect(eventsTopic('customer-profile', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  async function call(method: string, path: string, body?: unknown, headers: Json = {}, as = token) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
        ...bearer(as),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : {}) as Json,
    };
  }

  function publishedOf<T>(type: string, customerId: string): T[] {
    return published
      .map((record) => decodeEvent(record) as CrmEvent<T>)
      .filter((event) => event.type === type && event.partitionkey === customerId)
      .map((event) => event.data);
  }

  function report(
    service: ServiceName,
    customerId: string,
    requestId: string,
    producer: ServiceName = service,
  ) {
    const data: PrivacyErasureCompletedV1Data = {
      requestId,
      customerId,
      service,
      erased: [`${service} contact copies`],
      retained: [{ data: `${service} records`, reason: 'legal hold: retention period' }],
      completedAt: '2026-11-24T08:00:05.000Z',
    };
    return eventRecord(PrivacyErasureCompletedV1, customerId, data, {
      topicPrefix: platform.topicPrefix,
      producer,
    }).record;
  }

  /** A customer with everything this service can hold: names, contacts, festivals, vulnerability, a document, segments. */
  const email = `xiaoming.${newId()}@example.tw`;
  const passport = `P${Date.now()}`.slice(0, 10);

  async function fullyProfiledCustomer() {
    const created = await call(
      'POST',
      '/v1/customers',
      {
        name: {
          full: '王小明',
          given: '小明',
          family: '王',
          order: 'family-first',
          alternates: [{ value: 'Wang Xiaoming', script: 'Latn' }],
          preferredName: 'Ming',
        },
        honorific: '先生',
        locale: 'zh-Hant-TW',
        timeZone: 'Asia/Taipei',
        countryOfResidence: 'TW',
        nationality: 'TW',
        email,
        phone: '+886912345678',
        postalAddress: { country: 'TW', lines: ['110 台北市信義區', '市府路45號'] },
        messengerIds: { line: 'xiaoming.w' },
      },
      { 'idempotency-key': `register-${passport}` },
    );
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const consent = { status: 'granted', wordingVersion: 'culture-2026-01', sourceChannel: 'mobile-app' };
    expect(
      (await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, consent)).status,
    ).toBe(200);
    expect(
      (
        await call(
          'PATCH',
          `/v1/customers/${id}`,
          { observedFestivals: ['mid-autumn'] },
          { 'if-match': '"1"' },
        )
      ).status,
    ).toBe(200);
    const vulnerability = {
      drivers: ['health'],
      customerAgreed: true,
      note: 'Hearing loss; prefers written contact.',
      reviewDate: '2099-05-24',
      adjustments: ['no-phone-calls'],
    };
    expect((await call('PUT', `/v1/customers/${id}/vulnerability`, vulnerability)).status).toBe(200);
    const document = { type: 'passport', issuingCountry: 'TW', number: passport };
    const added = await call('POST', `/v1/customers/${id}/identity-documents`, document, {
      'idempotency-key': `document-${id}`,
    });
    expect(added.status).toBe(201);
    await platform.produce([loanBoarded(id)]);
    await eventually(async () =>
      expect((await call('GET', `/v1/customers/${id}/segments`)).body.segments).toBeDefined(),
    );
    return id;
  }

  function loanBoarded(customerId: string) {
    return eventRecord(
      LoanBoardedV1,
      customerId,
      { ...LoanBoardedV1.example, loanId: newId(), customerId, boardedAt: new Date().toISOString() },
      { topicPrefix: platform.topicPrefix },
    ).record;
  }

  it('erases this service at once, tracks every other service to completion, and shows per-service status', async () => {
    const customerId = await fullyProfiledCustomer();
    // The three first assignments of the loan boarded above (engagement stays `none`, unannounced);
    // nothing about the customer is published after the erasure.
    await eventually(() => expect(publishedOf(CustomerSegmentChangedV1.type, customerId)).toHaveLength(3));

    const key = { 'idempotency-key': `erase-${customerId}` };
    const created = await call('POST', `/v1/customers/${customerId}/erasure-requests`, undefined, key);
    expect(created.status).toBe(201);
    const requestId: string = created.body.id;
    expect(created.headers.get('location')).toBe(`/v1/customers/${customerId}/erasure-requests/${requestId}`);
    expect(created.body).toMatchObject({ customerId, status: 'pending', completedAt: null });
    const own = created.body.services.find((s: Json) => s.service === 'customer-profile');
    expect(own).toMatchObject({ status: 'completed' });
    expect(own.erased).toEqual(expect.arrayContaining(['observed festivals', 'name search keys']));
    expect(own.retained.map((r: Json) => r.data)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^consent history/),
        expect.stringMatching(/^KYC status/),
      ]),
    );
    expect(
      created.body.services.filter((s: Json) => s.status === 'pending').map((s: Json) => s.service),
    ).toEqual(['interaction-log', 'complaints', 'loan-servicing', 'notifications']);

    // A retry answers the first result; a second request for the same customer is a conflict.
    const retried = await call('POST', `/v1/customers/${customerId}/erasure-requests`, undefined, key);
    expect(retried.body.id).toBe(requestId);
    const again = await call('POST', `/v1/customers/${customerId}/erasure-requests`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ERASURE_ALREADY_REQUESTED');

    // The personal data is gone from this service's tables; the pseudonymous id and consent proof remain.
    const [customer] = await service.sql<Json>('SELECT * FROM customers WHERE id = $1', [customerId]);
    expect(customer).toMatchObject({
      id: customerId,
      full_name: '',
      given_name: null,
      family_name: null,
      preferred_name: null,
      honorific: null,
      name_alternates: [],
      nationality: null,
      observed_festivals: null,
      email_encrypted: null,
      email_hash: null,
      phone_encrypted: null,
      phone_hash: null,
      postal_address: null,
      messenger_ids: null,
    });
    const count = async (table: string) =>
      (
        await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1`, [
          customerId,
        ])
      )[0]?.n;
    expect(await count('customer_name_search_keys')).toBe(0);
    expect(await count('customer_vulnerabilities')).toBe(0);
    expect(await count('customer_identity_documents')).toBe(0);
    expect(await count('segmentation_loans')).toBe(0);
    expect(await count('customer_consents')).toBe(1);
    const everything = JSON.stringify(
      await service.sql(
        `SELECT (SELECT json_agg(c) FROM customers c WHERE c.id = $1) AS customer,
                (SELECT json_agg(o.event) FROM outbox o WHERE o.partition_key = $2 AND o.sent_at IS NOT NULL) AS sent,
                (SELECT json_agg(k.response) FROM idempotency_keys k) AS answers`,
        [customerId, customerId],
      ),
    );
    for (const plain of [
      '王小明',
      'Wang Xiaoming',
      'Ming',
      'xiaoming',
      '886912345678',
      '市府路45號',
      'Hearing loss',
      passport,
    ])
      expect(everything).not.toContain(plain);
    expect((await call('GET', `/v1/customers/${customerId}/segments`)).status).toBe(404);
    // The pseudonymous record still answers, and no search finds the customer by what was erased.
    const record = await call('GET', `/v1/customers/${customerId}`);
    expect(record.status).toBe(200);
    expect(record.body.name.full).toBe('');
    expect(record.body.email).toBeUndefined();
    for (const query of [
      `name=${encodeURIComponent('王小')}`,
      'name=Wang',
      `email=${encodeURIComponent(email)}`,
    ])
      expect((await call('GET', `/v1/customers?${query}`)).body.items).toEqual([]);

    // Every other service hears of it, and customer-profile reports its own completion too.
    await eventually(() => {
      expect(publishedOf(CustomerErasureRequestedV1.type, customerId)).toEqual([
        { customerId, requestId, requestedAt: created.body.requestedAt },
      ]);
      expect(publishedOf<PrivacyErasureCompletedV1Data>(PrivacyErasureCompletedV1.type, customerId)).toEqual([
        expect.objectContaining({
          requestId,
          service: 'customer-profile',
          erased: own.erased,
          retained: own.retained,
        }),
      ]);
    });

    // Loan servicing reports on its own topic, after one more loan event (nothing is collected any more).
    await platform.produce([loanBoarded(customerId), report('loan-servicing', customerId, requestId)]);
    // A service cannot report for another: complaints speaking for notifications is refused.
    await platform.produce([report('notifications', customerId, requestId, 'complaints')]);
    const partial = await eventually(async () => {
      const status = await call('GET', `/v1/customers/${customerId}/erasure-requests/${requestId}`);
      expect(status.body.services.find((s: Json) => s.service === 'loan-servicing')).toEqual({
        service: 'loan-servicing',
        status: 'completed',
        erased: ['loan-servicing contact copies'],
        retained: [{ data: 'loan-servicing records', reason: 'legal hold: retention period' }],
        completedAt: '2026-11-24T08:00:05.000Z',
      });
      return status;
    });
    expect(partial.body.status).toBe('pending');
    expect(await count('segmentation_loans')).toBe(0);
    expect((await call('GET', `/v1/customers/${customerId}/segments`)).status).toBe(404);
    // The later loan event was handled (the report behind it on the same partition was), and it
    // published nothing: no segment change waits in the outbox either.
    const [segmentEvents] = await service.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE partition_key = $1 AND event_type = $2`,
      [customerId, CustomerSegmentChangedV1.type],
    );
    expect(segmentEvents?.n).toBe(0);
    expect(publishedOf(CustomerSegmentChangedV1.type, customerId)).toHaveLength(3);

    await platform.produce([
      report('interaction-log', customerId, requestId),
      report('complaints', customerId, requestId),
    ]);
    await eventually(async () => {
      const status = await call('GET', `/v1/customers/${customerId}/erasure-requests/${requestId}`);
      expect(
        status.body.services.filter((s: Json) => s.status === 'pending').map((s: Json) => s.service),
      ).toEqual(['notifications']);
    });

    await platform.produce([report('notifications', customerId, requestId)]);
    const done = await eventually(async () => {
      const status = await call('GET', `/v1/customers/${customerId}/erasure-requests/${requestId}`);
      expect(status.body.status).toBe('completed');
      return status;
    });
    expect(done.body.completedAt).toBe(
      [...done.body.services.map((s: Json) => s.completedAt as string)].sort().at(-1),
    );
    expect(done.body.services.map((s: Json) => [s.service, s.status])).toEqual([
      ['customer-profile', 'completed'],
      ['interaction-log', 'completed'],
      ['complaints', 'completed'],
      ['loan-servicing', 'completed'],
      ['notifications', 'completed'],
    ]);
  });

  it('needs privacy:write, and answers 404 for an unknown customer or request', async () => {
    const customerId = (
      await call('POST', '/v1/customers', {
        name: { full: 'Amaka Okafor' },
        locale: 'en-NG',
        timeZone: 'Africa/Lagos',
        countryOfResidence: 'NG',
      })
    ).body.id as string;
    const reader = await mintToken({ scopes: ['customers:read', 'customers:write'] });
    expect(
      (await call('POST', `/v1/customers/${customerId}/erasure-requests`, undefined, {}, reader)).status,
    ).toBe(403);
    expect((await call('POST', `/v1/customers/${newId()}/erasure-requests`)).status).toBe(404);
    expect((await call('GET', `/v1/customers/${customerId}/erasure-requests/${newId()}`)).status).toBe(404);
    expect((await call('GET', `/v1/customers/${customerId}/erasure-requests/not-a-uuid`)).status).toBe(400);
  });

  it('refuses every change to an erased customer with 409, so that no personal data comes back', async () => {
    const customerId = (
      await call('POST', '/v1/customers', {
        name: { full: 'Ngozi Eze' },
        locale: 'ig-NG',
        timeZone: 'Africa/Lagos',
        countryOfResidence: 'NG',
      })
    ).body.id as string;
    expect((await call('POST', `/v1/customers/${customerId}/erasure-requests`)).status).toBe(201);

    const changes = [
      await call(
        'PATCH',
        `/v1/customers/${customerId}`,
        { name: { full: 'Ngozi Eze' } },
        { 'if-match': '"2"' },
      ),
      await call('PUT', `/v1/customers/${customerId}/consents/marketing/email`, {
        status: 'granted',
        wordingVersion: 'marketing-2026-01',
        sourceChannel: 'web',
      }),
      await call('POST', `/v1/customers/${customerId}/identity-documents`, {
        type: 'passport',
        issuingCountry: 'NG',
        number: 'A01234567',
      }),
    ];
    expect(changes.map((answer) => [answer.status, answer.body.code])).toEqual([
      [409, 'CUSTOMER_ERASED'],
      [409, 'CUSTOMER_ERASED'],
      [409, 'CUSTOMER_ERASED'],
    ]);
    const [row] = await service.sql<{ full_name: string }>('SELECT full_name FROM customers WHERE id = $1', [
      customerId,
    ]);
    expect(row?.full_name).toBe('');
  });
});
