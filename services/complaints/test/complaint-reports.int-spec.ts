import { AdjustableClock, newId } from '@crm/kernel';
import { TestPlatform, type TestService } from '@crm/testing';
import { complaintsService } from '../src/complaints.service';
import { client, complaintBody, complianceToken, parseCsv, staffToken } from './support';

const CFPB_HEADER = [
  'Date received',
  'Product',
  'Sub-product',
  'Issue',
  'Sub-issue',
  'Consumer complaint narrative',
  'Company public response',
  'Company',
  'State',
  'ZIP code',
  'Tags',
  'Consumer consent provided?',
  'Submitted via',
  'Date sent to company',
  'Company response to consumer',
  'Timely response?',
  'Consumer disputed?',
  'Complaint ID',
];

const NARRATIVE = 'Late fee, "twice" charged,\nsee line 2 — 我的还款被扣了两次 مرحبا، شكرا';

describe('complaints: regulator reports and insight', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: ReturnType<typeof client>;
  let reporter: string;
  const clock = new AdjustableClock('2026-04-01T00:00:00Z');
  const ids: Record<string, string> = {};

  const submit = async (name: string, overrides: Record<string, unknown>) => {
    const answer = await api.post('/v1/complaints', complaintBody(newId(), overrides));
    expect(answer.status).toBe(201);
    ids[name] = answer.body.id as string;
  };

  const resolve = async (
    name: string,
    at: string,
    outcome: string,
    redress: Record<string, string>,
    companyResponse: string,
  ) => {
    clock.set(at);
    const answer = await api.post(`/v1/complaints/${ids[name]}/resolution`, {
      outcome,
      redress,
      companyResponse,
    });
    expect(answer.status).toBe(200);
  };

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'complaints-reports');
    service = await platform.start(complaintsService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(service, await staffToken('staff-1'));
    reporter = await complianceToken();

    clock.set('2026-04-01T00:00:00Z');
    // CFPB, January 2026.
    await submit('A', {
      jurisdiction: 'US-CA',
      receivedAt: '2026-01-05T09:00:00-08:00',
      language: 'en-US',
      product: 'Credit card',
      subProduct: 'General-purpose credit card or charge card',
      issue: 'Fees or interest',
      subIssue: 'Problem with fees',
      submittedVia: 'web',
      description: NARRATIVE,
      narrativePublicationConsent: true,
      regulatorReference: '260105-1234567',
    });
    // 23:30 in Texas on 6 Jan is 7 Jan in UTC: it is reported on its local date.
    await submit('B', {
      jurisdiction: 'US-TX',
      receivedAt: '2026-01-06T23:30:00-06:00',
      language: 'es-US',
      submittedVia: 'postal-mail',
      description: 'Private details the customer did not agree to publish.',
    });
    await submit('C', { jurisdiction: 'US', receivedAt: '2026-02-10T12:00:00Z', language: 'en-US' });
    // 31 Dec 2025 in California, though 1 Jan 2026 in UTC: outside January.
    await submit('E', { jurisdiction: 'US-CA', receivedAt: '2025-12-31T23:30:00-08:00', language: 'en-US' });
    await submit('D', { jurisdiction: 'GB-WLS', receivedAt: '2026-01-07T10:00:00Z', language: 'cy-GB' });
    // FCA, March 2026.
    await submit('F1', { receivedAt: '2026-03-02T10:00:00Z' });
    await submit('F2', {
      receivedAt: '2026-03-02T10:00:00Z',
      product: 'Credit card',
      subProduct: 'Store credit card',
      issue: 'Fees or interest',
      subIssue: 'Problem with fees',
    });
    await submit('F3', {
      receivedAt: '2026-03-03T10:00:00Z',
      product: 'Money transfer, virtual currency, or money service',
      subProduct: 'International money transfer',
      issue: 'Money was not available when promised',
      subIssue: undefined,
    });
    await submit('F4', {
      receivedAt: '2026-01-05T10:00:00Z',
      product: 'Credit card',
      subProduct: 'Store credit card',
      issue: 'Fees or interest',
      subIssue: 'Problem with fees',
    });
    await submit('F5', { receivedAt: '2026-03-25T10:00:00Z' });

    await resolve(
      'A',
      '2026-01-10T18:00:00Z',
      'upheld',
      { type: 'monetary', amount: '35.00', currency: 'USD' },
      'Closed with monetary relief',
    );
    await resolve(
      'F1',
      '2026-03-04T12:00:00Z',
      'upheld',
      { type: 'monetary', amount: '100.50', currency: 'GBP' },
      'Closed with monetary relief',
    );
    await resolve('F2', '2026-03-20T12:00:00Z', 'not-upheld', { type: 'none' }, 'Closed with explanation');
    await resolve(
      'F3',
      '2026-03-05T12:00:00Z',
      'partially-upheld',
      { type: 'monetary', amount: '20.25', currency: 'GBP' },
      'Closed with monetary relief',
    );
    await resolve(
      'F4',
      '2026-03-10T12:00:00Z',
      'upheld',
      { type: 'monetary', amount: '50', currency: 'GBP' },
      'Closed with monetary relief',
    );
    clock.set('2026-04-01T00:00:00Z');
  });

  afterAll(() => platform?.close());

  it('exports us-cfpb complaints received in the period as CFPB-database CSV, narrative only with consent', async () => {
    clock.set('2026-01-25T12:00:00Z');
    const answer = await api.get('/v1/reports/cfpb?from=2026-01-01&to=2026-01-31', reporter);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.text.startsWith(`${CFPB_HEADER.join(',')}\r\n`)).toBe(true);
    expect(answer.text).toContain(
      '"Late fee, ""twice"" charged,\nsee line 2 — 我的还款被扣了两次 مرحبا، شكرا"',
    );
    expect(parseCsv(answer.text)).toEqual([
      CFPB_HEADER,
      [
        '2026-01-05',
        'Credit card',
        'General-purpose credit card or charge card',
        'Fees or interest',
        'Problem with fees',
        NARRATIVE,
        '',
        'Example Bank, N.A.',
        'CA',
        '',
        '',
        'Consent provided',
        'Web',
        '2026-01-05',
        'Closed with monetary relief',
        'Yes',
        'N/A',
        '260105-1234567',
      ],
      [
        '2026-01-06',
        'Mortgage',
        'Conventional home mortgage',
        'Trouble during payment process',
        'Payment process',
        '',
        '',
        'Example Bank, N.A.',
        'TX',
        '',
        '',
        'Consent not provided',
        'Postal mail',
        '2026-01-06',
        'In progress',
        // Due 21 Jan (6 Jan + 15), not answered by 25 Jan.
        'No',
        'N/A',
        ids.B,
      ],
    ]);
    clock.set('2026-04-01T00:00:00Z');
  });

  it('computes the FCA complaints return by product group', async () => {
    const answer = await api.get('/v1/reports/fca-complaints-return?from=2026-03-01&to=2026-03-31', reporter);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      productGroups: [
        {
          // Opened F2, F3; closed F2 (day 18), F3 (day 2), F4 (received 5 Jan, closed after 64 days).
          productGroup: 'Banking and credit cards',
          opened: 2,
          closed: 3,
          closedWithin3BusinessDays: '0.3333',
          closedWithin8Weeks: '0.6667',
          upheld: '0.6667',
          redressPaid: [{ currency: 'GBP', amount: '70.25' }],
        },
        {
          // Opened F1, F5; closed F1 on its second business day.
          productGroup: 'Home finance',
          opened: 2,
          closed: 1,
          closedWithin3BusinessDays: '1.0000',
          closedWithin8Weeks: '1.0000',
          upheld: '1.0000',
          redressPaid: [{ currency: 'GBP', amount: '100.50' }],
        },
      ],
    });
  });

  it('shows volumes, timeliness and uphold rates by language', async () => {
    const answer = await api.get(
      '/v1/insights/complaints?groupBy=language&from=2025-12-01&to=2026-03-31',
      reporter,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.groupBy).toBe('language');
    const groups = Object.fromEntries(answer.body.groups.map((g: { key: string }) => [g.key, g]));
    // F4 was answered after its 8-week deadline (2 Mar): 3 of 4 on time; F1, F3 (in part), F4 upheld.
    expect(groups['en-GB']).toEqual({
      key: 'en-GB',
      received: 5,
      resolved: 4,
      resolvedOnTime: '0.7500',
      upheld: '0.7500',
    });
    expect(groups['es-US']).toEqual({
      key: 'es-US',
      received: 1,
      resolved: 0,
      resolvedOnTime: null,
      upheld: null,
    });
    expect(groups['cy-GB']).toMatchObject({ received: 1 });
    const byProduct = await api.get(
      '/v1/insights/complaints?groupBy=product&from=2025-12-01&to=2026-03-31',
      reporter,
    );
    expect(byProduct.body.groups.map((g: { key: string }) => g.key)).toContain(
      'Money transfer, virtual currency, or money service',
    );
  });

  it('documents every endpoint, with the permission it needs and examples, in the OpenAPI document', async () => {
    const document = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties: Record<string, { example?: unknown }> }> };
    };
    const steps = [
      'acknowledgement',
      'investigation',
      'holding-response',
      'resolution',
      'resolution-approval',
      'closure',
      'reopening',
      'escalation',
      'extensions',
      'assignment',
    ];
    for (const step of steps) {
      expect(document.paths[`/v1/complaints/{id}/${step}`]?.post?.responses).toHaveProperty('409');
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/complaints',
        '/v1/complaints/{id}',
        '/v1/reports/cfpb',
        '/v1/reports/fca-complaints-return',
        '/v1/insights/complaints',
      ]),
    );
    expect(document.paths['/v1/complaints']?.post?.security).toBeDefined();
    expect(document.components.schemas.SubmitComplaintRequest?.properties.product?.example).toBe('Mortgage');
  });

  it('refuses reports without reports:read and bad periods', async () => {
    expect((await api.get('/v1/reports/cfpb?from=2026-01-01&to=2026-01-31')).status).toBe(403);
    expect((await api.get('/v1/reports/cfpb?from=2026-13-01&to=2026-01-31', reporter)).status).toBe(400);
    expect(
      (await api.get('/v1/reports/fca-complaints-return?from=2026-03-31&to=2026-03-01', reporter)).status,
    ).toBe(422);
    expect((await api.get('/v1/insights/complaints?groupBy=weather', reporter)).status).toBe(400);
  });
});
