import { AdjustableClock } from '@crm/kernel';
import { TestPlatform, bearer, fullAccessToken, type TestService } from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';

const valid = {
  name: { full: '王小明' },
  locale: 'zh-Hant-TW',
  timeZone: 'Asia/Taipei',
  countryOfResidence: 'TW',
};

let token: string;
beforeAll(async () => {
  token = await fullAccessToken();
});

async function post(
  service: TestService,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(`${service.url}/v1/customers`, {
    method: 'POST',
    headers: { ...headers, ...bearer(token) },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: text ? (JSON.parse(text) as Record<string, any>) : {},
  };
}

describe('customer-profile HTTP contract', () => {
  let platform: TestPlatform;
  let service: TestService;

  async function rowCounts() {
    const [counts] = await service.sql<{ customers: number; events: number }>(
      'SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM outbox)::int AS events',
    );
    return counts;
  }

  const clock = new AdjustableClock('2026-02-10T01:30:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'http-contract');
    service = await platform.start(customerProfileService, { clock });
  });

  afterAll(() => platform.close());

  it.each([
    'Анна Петровна Иванова',
    'محمد بن سلمان آل سعود',
    'Sukarno',
    "Seán Ó Briain-O'Connor",
    'María José García de la Cruz y Fernández',
    'Ngũgĩ wa Thiong’o',
    'Nguyễn Văn An',
    '김민준',
    'אברהם בן דוד',
    'X Æ A-12',
    '🦄 Ünïcödé',
    'a'.repeat(300),
  ])('registers %p exactly as written', async (full) => {
    const response = await post(service, JSON.stringify({ ...valid, name: { full } }));
    expect(response.status).toBe(201);
    expect(response.body.name.full).toBe(full.normalize('NFC'));
    const read = (await (
      await fetch(`${service.url}/v1/customers/${response.body.id}`, { headers: bearer(token) })
    ).json()) as Record<string, any>;
    expect(read.name.full).toBe(full.normalize('NFC'));
  });

  it('stamps registrations with the injected clock, in UTC', async () => {
    clock.set('2026-02-10T01:30:00Z'); // Lunar New Year's eve, 09:30 in Taipei
    expect((await post(service, JSON.stringify(valid))).body.registeredAt).toBe('2026-02-10T01:30:00.000Z');
    clock.advanceBy(36 * 60 * 60 * 1000);
    expect((await post(service, JSON.stringify(valid))).body.registeredAt).toBe('2026-02-11T13:30:00.000Z');
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the first result instead of registering twice', async () => {
      const before = await rowCounts();
      const headers = { 'content-type': 'application/json', 'idempotency-key': `retry-${Date.now()}` };
      const first = await post(service, JSON.stringify(valid), headers);
      const retry = await fetch(`${service.url}/v1/customers`, {
        method: 'POST',
        headers: { ...headers, ...bearer(token) },
        body: JSON.stringify(valid),
      });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(((await retry.json()) as { id: string }).id).toBe(first.body.id);
      expect(await rowCounts()).toEqual({ customers: before.customers + 1, events: before.events + 1 });
    });

    it('registers once when the same request races itself', async () => {
      const before = await rowCounts();
      const headers = { 'content-type': 'application/json', 'idempotency-key': `race-${Date.now()}` };
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => post(service, JSON.stringify(valid), headers)),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(await rowCounts()).toEqual({ customers: before.customers + 1, events: before.events + 1 });
    });

    it('refuses a key reused for a different request, and a malformed key', async () => {
      const key = `reuse-${Date.now()}`;
      const headers = { 'content-type': 'application/json', 'idempotency-key': key };
      expect((await post(service, JSON.stringify(valid), headers)).status).toBe(201);
      const reused = await post(service, JSON.stringify({ ...valid, locale: 'en-GB' }), headers);
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const malformed = await post(service, JSON.stringify(valid), {
        'content-type': 'application/json',
        'idempotency-key': 'k'.repeat(256),
      });
      expect(malformed.status).toBe(400);
    });
  });

  it('canonicalises the locale it stores', async () => {
    const response = await post(service, JSON.stringify({ ...valid, locale: 'ZH-hant-tw' }));
    expect(response.body.locale).toBe('zh-Hant-TW');
  });

  describe('bad input is a 4xx problem and writes nothing', () => {
    let before: { customers: number; events: number };
    beforeEach(async () => {
      before = await rowCounts();
    });
    afterEach(async () => {
      expect(await rowCounts()).toEqual(before);
    });

    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await post(service, '{"name": {"full": "A"');
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', instance: '/v1/customers' });
    });

    it('answers an oversize body with 413', async () => {
      const response = await post(
        service,
        JSON.stringify({ ...valid, name: { full: 'a'.repeat(300 * 1024) } }),
      );
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('BODY_TOO_LARGE');
    });

    it('answers a body that is not JSON with 415', async () => {
      const response = await post(service, 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('lists every invalid field with a JSON pointer', async () => {
      const response = await post(
        service,
        JSON.stringify({
          name: { full: 42 },
          locale: 'en_GB',
          timeZone: 'Mars/Base',
          countryOfResidence: 'XX',
          isVip: true,
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const pointers = response.body.errors.map((e: { pointer: string }) => e.pointer);
      expect(pointers).toEqual(
        expect.arrayContaining(['/name/full', '/locale', '/timeZone', '/countryOfResidence', '/isVip']),
      );
    });

    it.each([
      ['a NUL character', 'Ann\u0000a'],
      ['a lone surrogate', 'Ann\ud800a'],
      ['a control character', 'Ann\u001ba'],
      ['only invisible characters', '\u200b\u200b'],
      ['an empty name', ''],
      ['more than 300 characters', 'b'.repeat(301)],
    ])('refuses a name with %s', async (_, full) => {
      const response = await post(service, JSON.stringify({ ...valid, name: { full } }));
      expect([400, 422]).toContain(response.status);
      expect(response.contentType).toContain('application/problem+json');
    });

    it('refuses a missing body part and a wrong type', async () => {
      expect((await post(service, JSON.stringify({ ...valid, name: undefined }))).status).toBe(400);
      expect((await post(service, JSON.stringify({ ...valid, name: 'Ann' }))).status).toBe(400);
      expect((await post(service, JSON.stringify([valid]))).status).toBe(400);
      expect((await post(service, 'null')).status).toBe(400);
    });
  });

  it('answers unknown customers and routes with 404 problems, bad ids with 400', async () => {
    const missing = await fetch(`${service.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, {
      headers: bearer(token),
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Record<string, any>).code).toBe('CUSTOMER_NOT_FOUND');
    const route = await fetch(`${service.url}/v1/nothing-here`, { headers: bearer(token) });
    expect(route.status).toBe(404);
    expect(route.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${service.url}/v1/customers/not-a-uuid`, { headers: bearer(token) })).status).toBe(
      400,
    );
  });

  it('serves OpenAPI at /docs, health probes and Prometheus metrics', async () => {
    const openapi = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as Record<string, any>;
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/v1/customers', '/v1/customers/{id}']),
    );
    expect((await fetch(`${service.url}/docs`)).status).toBe(200);
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(200);
    // Readiness is the database alone: a broker outage must not take every replica out of the Service.
    expect(((await ready.json()) as { info: Record<string, { status: string }> }).info).toEqual({
      database: { status: 'up' },
    });
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toContain('http_server_request_duration_seconds_bucket');
    expect(metrics).toContain('crm_outbox_backlog_events');
  });
});
