import { eventsTopic, type CrmEvent } from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import { TestPlatform, eventually, type TestService } from '@crm/testing';
import { SlaClockJob } from '../src/api/sla-clock.job';
import { complaintsService } from '../src/complaints.service';
import { client, complaintBody, staffToken } from './support';

describe('complaints: SLA clock with two scheduler replicas (kafka)', () => {
  let platform: TestPlatform;
  let first: TestService;
  let second: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  const clock = new AdjustableClock('2026-03-02T16:00:00Z');
  const env = { SCHEDULER_INTERVAL_MS: '0' };

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'complaints-sla');
    first = await platform.start(complaintsService, { clock, env });
    second = await platform.start(complaintsService, { clock, env, replicaOf: first });
    api = client(first, await staffToken('staff-1'));
    published = await platform.collect(eventsTopic('complaints', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  const events = (type: string, complaintId: string): CrmEvent<Record<string, unknown>>[] =>
    published
      .map((record) => decodeEvent(record) as CrmEvent<Record<string, unknown>>)
      .filter((e) => e.type === type && e.data.complaintId === complaintId);

  /** Both replicas, twice each, at the same time. */
  const runBoth = async () => {
    const jobs = [first.app.get(SlaClockJob), second.app.get(SlaClockJob)];
    const fired = await Promise.all([...jobs, ...jobs].map((job) => job.run()));
    return fired.reduce((a, b) => a + b, 0);
  };

  it('fires sla-at-risk at 80% of the time and sla-breached after the deadline, each exactly once', async () => {
    // US-NY, received Mon 2 Mar 2026 10:00 EST. Response due Tue 17 Mar (day 0 + 15), which ends at
    // 18 Mar 00:00 EDT = 04:00Z. Time: 2 Mar 15:00Z → 18 Mar 04:00Z = 373 h; 80% = 298.4 h = 12 d 10 h 24 min → 15 Mar 01:24Z.
    clock.set('2026-03-02T16:00:00Z');
    const complaints = [];
    for (let i = 0; i < 10; i++) {
      const answer = await api.post(
        '/v1/complaints',
        complaintBody(newId(), { jurisdiction: 'US-NY', receivedAt: '2026-03-02T10:00:00-05:00' }),
      );
      expect(answer.body.deadlines).toEqual({ response: '2026-03-17' });
      complaints.push(answer.body as { id: string });
    }
    // One is answered in time: its clock stops and it never warns.
    const answered = complaints[9]?.id ?? '';
    await api.post(`/v1/complaints/${answered}/resolution`, {
      outcome: 'not-upheld',
      redress: { type: 'none' },
      companyResponse: 'Closed with explanation',
    });

    clock.set('2026-03-15T01:20:00Z');
    expect(await runBoth()).toBe(0);

    clock.set('2026-03-15T01:30:00Z');
    expect(await runBoth()).toBe(9);
    expect(await runBoth()).toBe(0);
    for (const { id } of complaints.slice(0, 9)) {
      await eventually(() => expect(events('crm.complaint.sla-at-risk.v1', id)).toHaveLength(1));
      expect(events('crm.complaint.sla-at-risk.v1', id)[0]?.data).toMatchObject({
        milestone: 'response',
        deadline: '2026-03-17',
        deadlineTimeZone: 'America/New_York',
        shareUsed: '0.80',
        detectedAt: '2026-03-15T01:30:00.000Z',
      });
    }

    clock.set('2026-03-18T03:59:00Z');
    expect(await runBoth()).toBe(0);
    clock.set('2026-03-18T04:00:00Z');
    expect(await runBoth()).toBe(9);
    clock.advanceBy(24 * 3_600_000);
    expect(await runBoth()).toBe(0);
    for (const { id } of complaints.slice(0, 9)) {
      await eventually(() => expect(events('crm.complaint.sla-breached.v1', id)).toHaveLength(1));
      expect(events('crm.complaint.sla-breached.v1', id)[0]?.data).toMatchObject({
        shareUsed: '1.00',
        deadline: '2026-03-17',
      });
    }
    // A later event of each complaint's customer, on the same partition: once it has arrived, a second
    // warning published before it would have too.
    for (const { id } of complaints.slice(0, 9))
      expect((await api.post(`/v1/complaints/${id}/acknowledgement`)).status).toBe(200);
    const closed = await api.post(`/v1/complaints/${answered}/closure`, {
      rootCause: 'policy-applied-correctly',
      findings: 'The payment was due.',
    });
    expect(closed.status).toBe(200);
    for (const { id } of complaints.slice(0, 9))
      await eventually(() => expect(events('crm.complaint.acknowledged.v1', id)).toHaveLength(1));
    await eventually(() => expect(events('crm.complaint.closed.v1', answered)).toHaveLength(1));
    expect(complaints).toHaveLength(10);
    for (const { id } of complaints) {
      expect(events('crm.complaint.sla-at-risk.v1', id)).toHaveLength(id === answered ? 0 : 1);
      expect(events('crm.complaint.sla-breached.v1', id)).toHaveLength(id === answered ? 0 : 1);
    }
    const [alerts] = await first.sql<{ n: number }>(`SELECT count(*)::int AS n FROM complaint_sla_alerts`);
    expect(alerts?.n).toBe(18);
  });

  it('watches only obligations: no breach for a passed summary-resolution date, one for the acknowledgement', async () => {
    // GB, Fri 23 Dec 2022: summary resolution 30 Dec (an option), acknowledgement 4 Jan 2023 (a duty).
    clock.set('2022-12-23T12:00:00Z');
    const complaint = (await api.post('/v1/complaints', complaintBody(newId()))).body as { id: string };
    clock.set('2023-01-05T00:00:01Z');
    await runBoth();
    await eventually(() =>
      expect(events('crm.complaint.sla-breached.v1', complaint.id).map((e) => e.data.milestone)).toEqual([
        'acknowledgement',
      ]),
    );
    // A later event of the customer: once it has arrived, any warning of the run before it has too.
    expect((await api.post(`/v1/complaints/${complaint.id}/acknowledgement`)).status).toBe(200);
    await eventually(() => expect(events('crm.complaint.acknowledged.v1', complaint.id)).toHaveLength(1));
    expect(events('crm.complaint.sla-breached.v1', complaint.id).map((e) => e.data.milestone)).toEqual([
      'acknowledgement',
    ]);
    expect(events('crm.complaint.sla-at-risk.v1', complaint.id).map((e) => e.data.milestone)).toEqual([]);
  });
});
