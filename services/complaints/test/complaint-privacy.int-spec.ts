import {
  CustomerErasureRequestedV1,
  CustomerVulnerabilityChangedV1,
  eventsTopic,
  type CrmEvent,
  type PrivacyErasureCompletedV1Data,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import { TestPlatform, eventRecord, eventually, type TestService } from '@crm/testing';
import { complaintsService } from '../src/complaints.service';
import { client, complaintBody, complianceToken, parseCsv, staffToken } from './support';

describe('complaints: erasure keeps the record, redacts the narrative (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  const clock = new AdjustableClock('2026-02-01T12:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'complaints-privacy');
    service = await platform.start(complaintsService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(service, await staffToken('staff-1'));
    published = await platform.collect(eventsTopic('complaints', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  it('redacts narratives of closed complaints, keeps open ones and the records, and says what it kept and why', async () => {
    const customerId = newId();
    const closed = (
      await api.post(
        '/v1/complaints',
        complaintBody(customerId, {
          jurisdiction: 'US-NY',
          receivedAt: '2026-01-05T10:00:00-05:00',
          description: 'Call me on +1 212 555 0100, my account 12345678 was charged twice.',
          narrativePublicationConsent: true,
        }),
      )
    ).body as { id: string };
    await api.post(`/v1/complaints/${closed.id}/resolution`, {
      outcome: 'upheld',
      redress: { type: 'monetary', amount: '12.00', currency: 'USD' },
      companyResponse: 'Closed with monetary relief',
    });
    await api.post(`/v1/complaints/${closed.id}/closure`, {
      rootCause: 'system-error',
      findings: 'Duplicate batch.',
    });
    const open = (
      await api.post('/v1/complaints', complaintBody(customerId, { receivedAt: '2026-01-20T10:00:00Z' }))
    ).body as { id: string };
    const other = (await api.post('/v1/complaints', complaintBody(newId()))).body as { id: string };

    const vulnerability = eventRecord(
      CustomerVulnerabilityChangedV1,
      customerId,
      { customerId, adjustments: ['large-print'], changedAt: '2026-01-01T00:00:00.000Z' },
      { topicPrefix: platform.topicPrefix },
    );
    await platform.produce([vulnerability.record]);
    await eventually(async () =>
      expect(
        await service.sql('SELECT 1 FROM customer_vulnerabilities WHERE customer_id = $1', [customerId]),
      ).toHaveLength(1),
    );

    const requestId = newId();
    const { record } = eventRecord(
      CustomerErasureRequestedV1,
      customerId,
      { customerId, requestId, requestedAt: '2026-02-01T12:00:00.000Z' },
      { topicPrefix: platform.topicPrefix },
    );
    // Delivered twice: handled once.
    await platform.produce([record, record]);

    const completions = (of = requestId) =>
      published
        .map((r) => decodeEvent(r) as CrmEvent<PrivacyErasureCompletedV1Data>)
        .filter((e) => e.type === 'crm.privacy.erasure-completed.v1' && e.data.requestId === of);
    await eventually(() => expect(completions()).toHaveLength(1));
    expect(completions()[0]?.data).toEqual({
      requestId,
      customerId,
      service: 'complaints',
      erased: [
        'complaint narratives and desired outcomes (1 closed complaints)',
        'copy of vulnerability adjustments',
      ],
      retained: [
        {
          data: 'complaint records (2): dates, classification, deadlines, outcome, redress, root cause, history',
          reason: expect.stringContaining('DISP 1.9.1R'),
        },
        {
          data: 'narratives of 1 complaints still open or with an ombudsman',
          reason: expect.stringContaining('GDPR Art. 17(3)(e)'),
        },
      ],
      completedAt: '2026-02-01T12:00:00.000Z',
    });

    const redacted = (await api.get(`/v1/complaints/${closed.id}`)).body;
    expect(redacted).toMatchObject({
      description: '[redacted]',
      desiredOutcome: '[redacted]',
      redactedAt: '2026-02-01T12:00:00.000Z',
      status: 'closed',
      resolution: { outcome: 'upheld', redress: { amount: '12.00' } },
      closure: { rootCause: 'system-error' },
      vulnerabilityAdjustments: [],
    });
    expect((await api.get(`/v1/complaints/${open.id}`)).body.description).toBe(
      'My December payment was taken twice.',
    );
    expect((await api.get(`/v1/complaints/${other.id}`)).body.description).toBe(
      'My December payment was taken twice.',
    );
    const rows = await service.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM complaints WHERE description LIKE '%555 0100%' OR details::text LIKE '%555 0100%'`,
    );
    expect(rows[0]?.n).toBe(0);

    // A later request on the same key: once its report has arrived, a second report of the redelivered
    // request, published before it, would have too.
    const later = eventRecord(
      CustomerErasureRequestedV1,
      customerId,
      { customerId, requestId: newId(), requestedAt: '2026-02-01T12:00:00.000Z' },
      { topicPrefix: platform.topicPrefix },
    );
    await platform.produce([later.record]);
    await eventually(() => expect(completions(later.event.data.requestId)).toHaveLength(1));
    expect(completions()).toHaveLength(1);

    // The open complaint keeps its narrative until it is closed.
    await api.post(`/v1/complaints/${open.id}/resolution`, {
      outcome: 'not-upheld',
      redress: { type: 'none' },
      companyResponse: 'Closed with explanation',
    });
    const closedLater = await api.post(`/v1/complaints/${open.id}/closure`, {
      rootCause: 'policy-applied-correctly',
      findings: 'The payment was due.',
    });
    expect(closedLater.body).toMatchObject({
      status: 'closed',
      description: '[redacted]',
      desiredOutcome: '[redacted]',
    });

    const csv = parseCsv(
      (await api.get('/v1/reports/cfpb?from=2026-01-01&to=2026-01-31', await complianceToken())).text,
    );
    const row = csv.find((r) => r[17] === closed.id);
    expect(row?.[5]).toBe('');
    expect(row?.[11]).toBe('Consent withdrawn');
  });
});
