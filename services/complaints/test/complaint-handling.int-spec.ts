import {
  CustomerVulnerabilityChangedV1,
  InteractionRecordedV1,
  eventsTopic,
  type CrmEvent,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import { TestPlatform, eventRecord, eventually, mintToken, type TestService } from '@crm/testing';
import { complaintsService } from '../src/complaints.service';
import { client, complaintBody, staffToken } from './support';

describe('complaints: intake and handling over HTTP and Kafka', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  let staff1: string;
  let staff2: string;
  const clock = new AdjustableClock('2022-12-23T12:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'complaints-handling');
    service = await platform.start(complaintsService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    staff1 = await staffToken('staff-1');
    staff2 = await staffToken('staff-2');
    api = client(service, staff1);
    published = await platform.collect(eventsTopic('complaints', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  const events = (type: string, complaintId: string): CrmEvent<Record<string, unknown>>[] =>
    published
      .map((record) => decodeEvent(record) as CrmEvent<Record<string, unknown>>)
      .filter((e) => e.type === type && e.data.complaintId === complaintId);

  const submit = async (overrides: Record<string, unknown> = {}, customerId = newId()) => {
    const answer = await api.post('/v1/complaints', complaintBody(customerId, overrides));
    expect(answer.status).toBe(201);
    return answer.body as Record<string, any>;
  };

  const countRows = async () =>
    (await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM complaints'))[0]?.n ?? 0;

  describe('intake', () => {
    it('answers 201 with the regime and hand-computed deadlines, and publishes crm.complaint.received.v1', async () => {
      clock.set('2022-12-23T12:00:00Z');
      const answer = await api.post('/v1/complaints', complaintBody(newId()));
      expect(answer.status).toBe(201);
      const complaint = answer.body;
      expect(answer.headers.get('location')).toBe(`/v1/complaints/${complaint.id}`);
      // English Christmas 2022: 26 Dec and 27 Dec (substitute) closed, 2 Jan 2023 substitute for New Year.
      expect(complaint).toMatchObject({
        status: 'received',
        regime: 'uk-fca-disp',
        regimeSource: 'rules',
        receivedAt: '2022-12-23T10:00:00.000Z',
        deadlineTimeZone: 'Europe/London',
        deadlines: {
          acknowledgement: '2023-01-04',
          summaryResolution: '2022-12-30',
          finalResponse: '2023-02-17',
        },
        vulnerabilityAdjustments: [],
      });
      await eventually(() => expect(events('crm.complaint.received.v1', complaint.id)).toHaveLength(1));
      const [event] = events('crm.complaint.received.v1', complaint.id);
      expect(event?.data).toEqual({
        complaintId: complaint.id,
        customerId: complaint.customerId,
        regime: 'uk-fca-disp',
        language: 'en-GB',
        submittedVia: 'phone',
        receivedAt: '2022-12-23T10:00:00.000Z',
        jurisdiction: 'GB',
        product: 'Mortgage',
        issue: 'Trouble during payment process',
        deadlines: {
          acknowledgement: '2023-01-04',
          summaryResolution: '2022-12-30',
          finalResponse: '2023-02-17',
        },
        deadlineTimeZone: 'Europe/London',
      });
      expect(event?.partitionkey).toBe(complaint.customerId);
    });

    it.each([
      [{ product: 'Lottery ticket' }, '/product'],
      [{ subProduct: 'Payroll card' }, '/subProduct'],
      [{ issue: 'Fraud or scam' }, '/issue'],
      [{ subIssue: 'Foreclosure' }, '/subIssue'],
      [{ receivedAt: '2022-12-23T10:00:00' }, '/receivedAt'],
      [{ jurisdiction: 'JP' }, '/jurisdiction'],
      [{ jurisdiction: 'gb' }, '/jurisdiction'],
      [{ submittedVia: 'pigeon' }, '/submittedVia'],
      [{ language: 'not a language!' }, '/language'],
      [{ description: 'bad\u0000text' }, '/description'],
      [{ description: 'x'.repeat(10_001) }, '/description'],
      [{ narrativePublicationConsent: 'yes' }, '/narrativePublicationConsent'],
      [{ regimeOverride: { regime: 'mars-law', reason: 'x' } }, '/regimeOverride/regime'],
    ])('refuses %p with 400 naming %s and writes nothing', async (overrides, pointer) => {
      const before = await countRows();
      const answer = await api.post('/v1/complaints', complaintBody(newId(), overrides));
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      expect(await countRows()).toBe(before);
    });

    it('refuses a complaint received in the future with 422', async () => {
      const answer = await api.post(
        '/v1/complaints',
        complaintBody(newId(), { receivedAt: '2030-01-01T00:00:00Z' }),
      );
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('COMPLAINT_RECEIVED_IN_FUTURE');
    });

    it('answers a retry with the same Idempotency-Key with the first complaint, recorded and published once', async () => {
      const before = await countRows();
      const headers = { 'idempotency-key': `complaint-${newId()}` };
      const body = complaintBody(newId());
      const [first, retry] = [
        await api.post('/v1/complaints', body, { headers }),
        await api.post('/v1/complaints', body, { headers }),
      ];
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
      expect(await countRows()).toBe(before + 1);
      // A later event of the same customer (same partition): once it has arrived, so would a second
      // received event published before it.
      expect((await api.post(`/v1/complaints/${first.body.id}/acknowledgement`)).status).toBe(200);
      await eventually(() => expect(events('crm.complaint.acknowledged.v1', first.body.id)).toHaveLength(1));
      expect(events('crm.complaint.received.v1', first.body.id)).toHaveLength(1);
    });

    it('takes a regime override with its reason', async () => {
      const complaint = await submit({
        regimeOverride: { regime: 'uk-fca-psd', reason: 'Payment transaction on the account' },
      });
      expect(complaint).toMatchObject({
        regime: 'uk-fca-psd',
        regimeSource: 'override',
        regimeOverrideReason: 'Payment transaction on the account',
        // Fri 23 Dec 2022 + 15 business days: 28–30 Dec (3), 2 Jan closed, 3–6 Jan (7), 9–13 (12), 16–18 (15).
        deadlines: { acknowledgement: '2023-01-04', finalResponse: '2023-01-18' },
      });
    });

    it('reads a complaint by id and lists a customer’s complaints by status, cursor-paged', async () => {
      const customerId = newId();
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await submit({}, customerId)).id as string);
      expect((await api.post(`/v1/complaints/${ids[0]}/acknowledgement`)).status).toBe(200);
      const read = await api.get(`/v1/complaints/${ids[1]}`);
      expect(read.status).toBe(200);
      expect(read.body.description).toBe('My December payment was taken twice.');
      const firstPage = await api.get(`/v1/complaints?customerId=${customerId}&status=received&limit=1`);
      expect(firstPage.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2]]);
      const secondPage = await api.get(
        `/v1/complaints?customerId=${customerId}&status=received&limit=1&cursor=${firstPage.body.nextCursor}`,
      );
      expect(secondPage.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
      expect(secondPage.body.nextCursor).toBeNull();
      expect((await api.get(`/v1/complaints?limit=101`)).status).toBe(400);
      expect((await api.get(`/v1/complaints/${newId()}`)).status).toBe(404);
    });

    it('refuses a well-formed cursor whose position was tampered with: a 400 problem, never a 500', async () => {
      const customerId = newId();
      for (let i = 0; i < 2; i++) await submit({}, customerId);
      const page = await api.get(`/v1/complaints?customerId=${customerId}&limit=1`);
      const issued = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8'));
      expect(issued).toEqual({ at: expect.any(String), id: expect.any(String) });
      const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
      for (const forged of [
        forge({ ...issued, at: 'yesterday' }),
        forge({ ...issued, at: '2022-02-30T10:00:00.000Z' }),
        forge({ ...issued, at: '+275760-09-13T00:00:00.000Z' }),
        forge({ ...issued, id: 'not-a-uuid' }),
        forge({ ...issued, id: `${issued.id}' OR '1'='1` }),
      ]) {
        const answer = await api.get(`/v1/complaints?customerId=${customerId}&limit=1&cursor=${forged}`);
        expect({ forged, status: answer.status }).toEqual({ forged, status: 400 });
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/cursor']);
      }
    });
  });

  describe('the state machine', () => {
    it('walks every step with its event, timestamped, attributed and judged on time', async () => {
      clock.set('2022-12-23T12:00:00Z');
      const complaint = await submit();
      const id = complaint.id as string;

      clock.set('2022-12-28T09:00:00Z');
      const acknowledged = await api.post(`/v1/complaints/${id}/acknowledgement`);
      expect(acknowledged.body.status).toBe('acknowledged');
      clock.set('2022-12-29T09:00:00Z');
      expect((await api.post(`/v1/complaints/${id}/investigation`)).body.status).toBe('investigating');
      clock.set('2023-01-10T15:00:00Z');
      const resolved = await api.post(`/v1/complaints/${id}/resolution`, {
        outcome: 'upheld',
        redress: { type: 'monetary', amount: '150.00', currency: 'GBP' },
        companyResponse: 'Closed with monetary relief',
        summary: 'We refunded the duplicate payment.',
      });
      expect(resolved.status).toBe(200);
      expect(resolved.body.resolution).toMatchObject({
        outcome: 'upheld',
        isOnTime: true,
        resolvedBy: 'staff-1',
      });

      const missingRootCause = await api.post(`/v1/complaints/${id}/closure`, { findings: 'x' });
      expect(missingRootCause.status).toBe(400);
      expect(missingRootCause.body.errors[0].pointer).toBe('/rootCause');
      const unknownRootCause = await api.post(`/v1/complaints/${id}/closure`, {
        rootCause: 'bad-luck',
        findings: 'x',
      });
      expect(unknownRootCause.status).toBe(400);
      clock.set('2023-01-11T10:00:00Z');
      const closed = await api.post(`/v1/complaints/${id}/closure`, {
        rootCause: 'process-failure',
        findings: 'A batch rerun debited the instalment twice.',
      });
      expect(closed.body).toMatchObject({ status: 'closed', closure: { rootCause: 'process-failure' } });

      clock.set('2023-03-01T10:00:00Z');
      const reopened = await api.post(`/v1/complaints/${id}/reopening`, {
        reason: 'The customer sent new evidence.',
      });
      // The clock restarts on Wed 1 Mar 2023: 3 business days → 6 Mar, 56 days → 26 Apr.
      expect(reopened.body).toMatchObject({
        status: 'reopened',
        deadlines: {
          acknowledgement: '2023-03-08',
          summaryResolution: '2023-03-06',
          finalResponse: '2023-04-26',
        },
      });
      clock.set('2023-03-02T10:00:00Z');
      const escalated = await api.post(`/v1/complaints/${id}/escalation`, {
        to: 'ombudsman',
        reference: 'FOS-123456',
      });
      expect(escalated.body).toMatchObject({
        status: 'escalated',
        escalation: { to: 'ombudsman', reference: 'FOS-123456' },
      });

      expect(escalated.body.history).toEqual([
        expect.objectContaining({
          action: 'acknowledge',
          from: 'received',
          to: 'acknowledged',
          at: '2022-12-28T09:00:00.000Z',
          by: 'staff-1',
          milestones: [{ milestone: 'acknowledgement', deadline: '2023-01-04', isOnTime: true }],
        }),
        expect.objectContaining({
          action: 'investigate',
          from: 'acknowledged',
          to: 'investigating',
          at: '2022-12-29T09:00:00.000Z',
        }),
        expect.objectContaining({
          action: 'resolve',
          from: 'investigating',
          to: 'resolved',
          milestones: [
            { milestone: 'summaryResolution', deadline: '2022-12-30', isOnTime: false },
            { milestone: 'finalResponse', deadline: '2023-02-17', isOnTime: true },
          ],
        }),
        expect.objectContaining({
          action: 'close',
          from: 'resolved',
          to: 'closed',
          at: '2023-01-11T10:00:00.000Z',
        }),
        expect.objectContaining({ action: 'reopen', from: 'closed', to: 'reopened' }),
        expect.objectContaining({ action: 'escalate', from: 'reopened', to: 'escalated', by: 'staff-1' }),
      ]);

      await eventually(() => {
        expect(events('crm.complaint.acknowledged.v1', id)[0]?.data).toMatchObject({
          acknowledgedAt: '2022-12-28T09:00:00.000Z',
          deadlines: { finalResponse: '2023-02-17' },
          deadlineTimeZone: 'Europe/London',
        });
        expect(events('crm.complaint.resolved.v1', id)[0]?.data).toMatchObject({
          outcome: 'upheld',
          redress: { type: 'monetary', amount: '150.00', currency: 'GBP' },
          companyResponse: 'Closed with monetary relief',
          isOnTime: true,
          resolvedAt: '2023-01-10T15:00:00.000Z',
        });
        expect(events('crm.complaint.closed.v1', id)[0]?.data).toMatchObject({
          rootCause: 'process-failure',
        });
        expect(events('crm.complaint.reopened.v1', id)[0]?.data).toMatchObject({
          reopenedAt: '2023-03-01T10:00:00.000Z',
          deadlines: { finalResponse: '2023-04-26' },
        });
        expect(events('crm.complaint.escalated.v1', id)[0]?.data).toMatchObject({
          escalatedTo: 'ombudsman',
          reference: 'FOS-123456',
          escalatedAt: '2023-03-02T10:00:00.000Z',
        });
      });
      const audit = await service.sql<{ action: string; subject: string }>(
        `SELECT action, subject FROM audit_log WHERE resource_id = $1 AND action <> 'complaint.read' ORDER BY occurred_at, id`,
        [id],
      );
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'complaint.receive',
          'complaint.acknowledge',
          'complaint.investigate',
          'complaint.resolve',
          'complaint.close',
          'complaint.reopen',
          'complaint.escalate',
        ]),
      );
    });

    it('refuses an illegal transition with 409 problem details and changes nothing', async () => {
      const complaint = await submit();
      const answer = await api.post(`/v1/complaints/${complaint.id}/closure`, {
        rootCause: 'process-failure',
        findings: 'x',
      });
      expect(answer.status).toBe(409);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.code).toBe('COMPLAINT_ILLEGAL_TRANSITION');
      expect((await api.post(`/v1/complaints/${complaint.id}/holding-response`)).body.code).toBe(
        'COMPLAINT_ILLEGAL_TRANSITION',
      );
      expect((await api.post(`/v1/complaints/${complaint.id}/reopening`, { reason: 'x' })).status).toBe(409);
      expect((await api.get(`/v1/complaints/${complaint.id}`)).body).toMatchObject({
        status: 'received',
        history: [],
      });
    });

    it('lets one of two racing acknowledgements through and refuses the other with 409', async () => {
      clock.set('2022-12-23T12:00:00Z');
      const complaint = await submit();
      expect(complaint.version).toBe(1);
      const answers = await Promise.all([
        api.post(`/v1/complaints/${complaint.id}/acknowledgement`),
        api.post(`/v1/complaints/${complaint.id}/acknowledgement`, {}, { token: staff2 }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const read = await api.get(`/v1/complaints/${complaint.id}`);
      expect(read.body).toMatchObject({ status: 'acknowledged', version: 2 });
      expect(read.body.history).toHaveLength(1);
      // A later event of the same customer: once the resolution has arrived, a second acknowledgement
      // published before it would have too.
      expect((await api.post(`/v1/complaints/${complaint.id}/investigation`)).status).toBe(200);
      const resolved = await api.post(`/v1/complaints/${complaint.id}/resolution`, {
        outcome: 'not-upheld',
        redress: { type: 'none' },
        companyResponse: 'Closed with explanation',
      });
      expect(resolved.status).toBe(200);
      await eventually(() => expect(events('crm.complaint.resolved.v1', complaint.id)).toHaveLength(1));
      expect(events('crm.complaint.acknowledged.v1', complaint.id)).toHaveLength(1);
    });

    it('us-cfpb: an "in progress" response owes a final response at 60 days and tells the customer', async () => {
      clock.set('2026-12-22T04:00:00Z');
      const complaint = await submit({
        jurisdiction: 'US-CA',
        receivedAt: '2026-12-21T19:00:00-08:00',
        language: 'es-US',
        regulatorReference: '261221-1234567',
      });
      expect(complaint).toMatchObject({
        regime: 'us-cfpb',
        deadlines: { response: '2027-01-05' },
        deadlineTimeZone: 'America/Los_Angeles',
      });
      const id = complaint.id as string;
      await api.post(`/v1/complaints/${id}/acknowledgement`);
      await api.post(`/v1/complaints/${id}/investigation`);
      clock.set('2027-01-04T18:00:00Z');
      const holding = await api.post(`/v1/complaints/${id}/holding-response`);
      expect(holding.body).toMatchObject({
        status: 'holding-response-sent',
        deadlines: { response: '2027-01-05', finalResponse: '2027-02-19' },
      });
      expect(holding.body.history.at(-1).milestones).toEqual([
        { milestone: 'response', deadline: '2027-01-05', isOnTime: true },
      ]);
      await eventually(() =>
        expect(events('crm.complaint.deadline-extended.v1', id)[0]?.data).toMatchObject({
          milestone: 'finalResponse',
          previousDeadline: '2027-01-05',
          newDeadline: '2027-02-19',
          ground: 'in-progress',
          language: 'es-US',
          deadlineTimeZone: 'America/Los_Angeles',
        }),
      );
    });

    it('uk-fca-psd: a holding reply moves the final response to 35 business days', async () => {
      clock.set('2022-12-20T12:00:00Z');
      const complaint = await submit({
        receivedAt: '2022-12-20T09:00:00Z',
        product: 'Money transfer, virtual currency, or money service',
        subProduct: 'International money transfer',
        issue: 'Money was not available when promised',
        subIssue: undefined,
      });
      expect(complaint).toMatchObject({ regime: 'uk-fca-psd', deadlines: { finalResponse: '2023-01-13' } });
      await api.post(`/v1/complaints/${complaint.id}/acknowledgement`);
      await api.post(`/v1/complaints/${complaint.id}/investigation`);
      const holding = await api.post(`/v1/complaints/${complaint.id}/holding-response`);
      expect(holding.body.deadlines.finalResponse).toBe('2023-02-10');
      await eventually(() =>
        expect(events('crm.complaint.deadline-extended.v1', complaint.id)[0]?.data).toMatchObject({
          previousDeadline: '2023-01-13',
          newDeadline: '2023-02-10',
          ground: 'exceptional-circumstances',
        }),
      );
    });

    it('cn-nfra: extensions to 30 and 60 working days, each with reason and approver, the customer told', async () => {
      clock.set('2026-02-10T03:00:00Z');
      const complaint = await submit({
        jurisdiction: 'CN',
        receivedAt: '2026-02-10T10:00:00+08:00',
        language: 'zh-Hans',
        product: 'Checking or savings account',
        subProduct: 'Savings account',
        issue: 'Managing an account',
        subIssue: 'Banking errors',
        description: '我的还款被扣了两次，请退款。',
        desiredOutcome: '退还多扣的款项',
      });
      // Spring Festival 16–18 Feb 2026 (date-holidays): 15 working days → Fri 6 Mar 2026.
      expect(complaint).toMatchObject({
        regime: 'cn-nfra',
        deadlines: { response: '2026-03-06' },
        deadlineTimeZone: 'Asia/Shanghai',
      });
      const id = complaint.id as string;
      const client_ = await mintToken({
        scopes: ['complaints:read', 'complaints:write'],
        client: 'branch-app',
      });
      expect(
        (
          await api.post(
            `/v1/complaints/${id}/extensions`,
            { ground: 'complex-case', reason: 'x' },
            { token: client_ },
          )
        ).status,
      ).toBe(403);
      const special = await api.post(`/v1/complaints/${id}/extensions`, {
        ground: 'special-approval',
        reason: 'x',
      });
      expect(special.status).toBe(409);
      expect(special.body.code).toBe('COMPLAINT_EXTENSION_NOT_ALLOWED');
      clock.set('2026-02-27T03:00:00Z');
      const complex = await api.post(`/v1/complaints/${id}/extensions`, {
        ground: 'complex-case',
        reason: '需要调取网点监控录像',
      });
      expect(complex.status).toBe(200);
      expect(complex.body.deadlines.response).toBe('2026-03-27');
      expect(complex.body.extensions[0]).toMatchObject({
        ground: 'complex-case',
        reason: '需要调取网点监控录像',
        approvedBy: 'staff-1',
        previousDeadline: '2026-03-06',
        newDeadline: '2026-03-27',
      });
      const further = await api.post(
        `/v1/complaints/${id}/extensions`,
        { ground: 'special-approval', reason: '涉及司法程序' },
        { token: staff2 },
      );
      // 60 working days: after 27 Mar (30): 30 Mar–3 Apr (35), 6–10 Apr (40; Qingming fell on Sun 5 Apr),
      // 13–17 (45), 20–24 (50), 27–30 Apr (54), Fri 1 May closed, 4–8 May (59), Mon 11 May (60).
      expect(further.body.deadlines.response).toBe('2026-05-11');
      expect(
        (await api.post(`/v1/complaints/${id}/extensions`, { ground: 'special-approval', reason: 'again' }))
          .status,
      ).toBe(409);
      await eventually(() =>
        expect(
          events('crm.complaint.deadline-extended.v1', id).map((e) => [
            e.data.ground,
            e.data.previousDeadline,
            e.data.newDeadline,
          ]),
        ).toEqual([
          ['complex-case', '2026-03-06', '2026-03-27'],
          ['special-approval', '2026-03-27', '2026-05-11'],
        ]),
      );
      clock.set('2022-12-23T12:00:00Z');
      const uk = await submit();
      expect(
        (await api.post(`/v1/complaints/${uk.id}/extensions`, { ground: 'complex-case', reason: 'x' })).body
          .code,
      ).toBe('COMPLAINT_EXTENSION_NOT_ALLOWED');
    });
  });

  describe('fair investigation', () => {
    const interactionId = newId();
    const customerId = newId();

    beforeAll(async () => {
      const { record } = eventRecord(
        InteractionRecordedV1,
        customerId,
        {
          interactionId,
          customerId,
          channel: 'branch',
          direction: 'inbound',
          occurredAt: '2022-12-20T10:00:00.000Z',
          language: 'en-GB',
          interpreterUsed: false,
          outcome: 'complaint-raised',
          topics: ['repayment'],
          staffId: 'staff-involved',
        },
        { topicPrefix: platform.topicPrefix },
      );
      await platform.produce([record]);
      await eventually(async () =>
        expect(
          await service.sql('SELECT 1 FROM interaction_staff WHERE interaction_id = $1', [interactionId]),
        ).toHaveLength(1),
      );
      clock.set('2022-12-23T12:00:00Z');
    });

    it('refuses to assign, or let handle, staff involved in the complained-about interaction (409)', async () => {
      const complaint = await submit({ interactionId }, customerId);
      const assign = await api.post(`/v1/complaints/${complaint.id}/assignment`, {
        handlerId: 'staff-involved',
      });
      expect(assign.status).toBe(409);
      expect(assign.body.code).toBe('COMPLAINT_HANDLER_RECUSED');
      await api.post(`/v1/complaints/${complaint.id}/acknowledgement`);
      const involved = await staffToken('staff-involved');
      const handle = await api.post(`/v1/complaints/${complaint.id}/investigation`, {}, { token: involved });
      expect(handle.body.code).toBe('COMPLAINT_HANDLER_RECUSED');
      const assigned = await api.post(`/v1/complaints/${complaint.id}/assignment`, { handlerId: 'staff-2' });
      expect(assigned.status).toBe(200);
      expect(assigned.body.handlerId).toBe('staff-2');
    });

    it('needs a second, uninvolved person with complaints:approve for a complaint with legal impact', async () => {
      const complaint = await submit({ interactionId, hasLegalOrRegulatoryImpact: true }, customerId);
      const id = complaint.id as string;
      const proposal = await api.post(`/v1/complaints/${id}/resolution`, {
        outcome: 'partially-upheld',
        redress: { type: 'non-monetary' },
        companyResponse: 'Closed with non-monetary relief',
      });
      expect(proposal.status).toBe(202);
      expect(proposal.body).toMatchObject({
        status: 'received',
        pendingResolution: { proposedBy: 'staff-1' },
      });
      const closeEarly = await api.post(`/v1/complaints/${id}/closure`, {
        rootCause: 'communication',
        findings: 'x',
      });
      expect(closeEarly.body.code).toBe('COMPLAINT_ILLEGAL_TRANSITION');

      const sameMaker = await api.post(`/v1/complaints/${id}/resolution-approval`);
      expect(sameMaker.status).toBe(409);
      expect(sameMaker.body.code).toBe('COMPLAINT_APPROVAL_REQUIRES_SECOND_PERSON');
      const involved = await api.post(
        `/v1/complaints/${id}/resolution-approval`,
        {},
        { token: await staffToken('staff-involved') },
      );
      expect(involved.body.code).toBe('COMPLAINT_HANDLER_RECUSED');
      const noPermission = await api.post(
        `/v1/complaints/${id}/resolution-approval`,
        {},
        {
          token: await mintToken({ scopes: ['complaints:write'], client: 'channel-app' }),
        },
      );
      expect(noPermission.status).toBe(403);

      const approved = await api.post(`/v1/complaints/${id}/resolution-approval`, {}, { token: staff2 });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'resolved',
        resolution: { outcome: 'partially-upheld', resolvedBy: 'staff-1', approvedBy: 'staff-2' },
      });
      // Closing is a later event of the same customer: once it has arrived, every event published
      // before it has too, so the one resolved event is the approval's, none came with the proposal.
      const closed = await api.post(`/v1/complaints/${id}/closure`, {
        rootCause: 'communication',
        findings: 'The letter was unclear.',
      });
      expect(closed.status).toBe(200);
      await eventually(() => expect(events('crm.complaint.closed.v1', id)).toHaveLength(1));
      expect(events('crm.complaint.resolved.v1', id)).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({
            outcome: 'partially-upheld',
            companyResponse: 'Closed with non-monetary relief',
          }),
        }),
      ]);
    });
  });

  it('shows the customer’s vulnerability adjustments (never a note) without changing regulatory deadlines', async () => {
    const customerId = newId();
    const { record } = eventRecord(
      CustomerVulnerabilityChangedV1,
      customerId,
      {
        customerId,
        adjustments: ['extra-time', 'no-phone-calls'],
        reviewDate: '2023-06-01',
        changedAt: '2022-12-01T10:00:00.000Z',
      },
      { topicPrefix: platform.topicPrefix },
    );
    await platform.produce([record]);
    await eventually(async () =>
      expect(
        await service.sql('SELECT 1 FROM customer_vulnerabilities WHERE customer_id = $1', [customerId]),
      ).toHaveLength(1),
    );
    clock.set('2022-12-23T12:00:00Z');
    const complaint = await submit({}, customerId);
    expect(complaint.vulnerabilityAdjustments).toEqual([
      { adjustment: 'extra-time', guidance: expect.stringContaining('regulatory deadlines never are') },
      { adjustment: 'no-phone-calls', guidance: expect.stringContaining('Do not phone') },
    ]);
    expect(complaint.deadlines).toEqual({
      acknowledgement: '2023-01-04',
      summaryResolution: '2022-12-30',
      finalResponse: '2023-02-17',
    });
    expect((await api.get(`/v1/complaints/${complaint.id}`)).body.vulnerabilityAdjustments).toHaveLength(2);
  });
});
