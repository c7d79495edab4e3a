import {
  ComplaintResolvedV1,
  CustomerErasureRequestedV1,
  LoanRestructuredV1,
  eventsTopic,
  type CrmEvent,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import {
  TestPlatform,
  eventRecord,
  eventually,
  fullAccessToken,
  mintToken,
  type TestService,
} from '@crm/testing';
import { interactionLogService } from '../src/interaction-log.service';
import { client, correction, interaction } from './support';

const DAY = 86_400_000;

describe('interaction log: surveys, satisfaction insight and erasure (kafka)', () => {
  let platform: TestPlatform;
  let log: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  const clock = new AdjustableClock('2026-11-24T08:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'il-surveys');
    log = await platform.start(interactionLogService, {
      clock,
      env: { SCHEDULER_INTERVAL_MS: '0', SURVEY_EXPIRY_DAYS: '14' },
    });
    api = client(log, await fullAccessToken());
    published = await platform.collect(eventsTopic('interaction-log', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  const publishedEvents = (type: string, match: (event: CrmEvent<any>) => boolean = () => true) =>
    published
      .map((record) => decodeEvent(record) as CrmEvent<any>)
      .filter((e) => e.type === type && match(e));

  /**
   * Records an interaction of the customer and waits for its event: the customer's events share a
   * partition, so once this later one has arrived, every event published before it has too.
   */
  const markerAfter = async (customerId: string) => {
    const recorded = await api.post('/v1/interactions', interaction(customerId));
    expect(recorded.status).toBe(201);
    await eventually(() =>
      expect(
        publishedEvents('crm.interaction.recorded.v1', (e) => e.data.interactionId === recorded.body.id),
      ).toHaveLength(1),
    );
  };

  const surveysOf = (customerId: string) =>
    log.sql<{ id: string; trigger: string; trigger_id: string }>(
      'SELECT id, trigger, trigger_id FROM surveys WHERE customer_id = $1',
      [customerId],
    );

  const resolvedInteraction = async (customerId: string, overrides: Record<string, unknown> = {}) => {
    const answer = await api.post(
      '/v1/interactions',
      interaction(customerId, {
        outcome: 'resolved',
        occurredAt: new Date(clock.now().getTime() - 60_000).toISOString(),
        ...overrides,
      }),
    );
    expect(answer.status).toBe(201);
    const [survey] = await surveysOf(customerId);
    return { interaction: answer.body as Record<string, any>, surveyId: survey?.id ?? '' };
  };

  describe('invitations', () => {
    it('invites to a survey after a resolved interaction, once even when the interaction is corrected', async () => {
      const customerId = newId();
      const { interaction: resolved, surveyId } = await resolvedInteraction(customerId, {
        channel: 'wechat',
      });
      await api.post(`/v1/interactions/${resolved.id}/corrections`, correction({ outcome: 'resolved' }));

      expect(await surveysOf(customerId)).toEqual([
        { id: surveyId, trigger: 'interaction-resolved', trigger_id: resolved.id },
      ]);
      await markerAfter(customerId);
      const invitations = publishedEvents('crm.survey.invited.v1', (e) => e.data.customerId === customerId);
      expect(invitations).toHaveLength(1);
      const [invited] = invitations;
      expect(invited?.data).toEqual({
        surveyId,
        customerId,
        trigger: 'interaction-resolved',
        triggerId: resolved.id,
        channel: 'wechat',
        language: 'zh-Hans',
        invitedAt: '2026-11-24T08:00:00.000Z',
        expiresAt: '2026-12-08T08:00:00.000Z',
      });
    });

    it('creates one survey per resolved complaint however often its events arrive', async () => {
      const customerId = newId();
      const complaintId = newId();
      const resolved = () =>
        eventRecord(
          ComplaintResolvedV1,
          customerId,
          { ...ComplaintResolvedV1.example, customerId, complaintId, language: 'es' },
          { topicPrefix: platform.topicPrefix },
        );
      const first = resolved();
      // The same event twice (redelivery) and a second resolution of the same complaint (after a reopening).
      await platform.produce([first.record, first.record, resolved().record]);
      await eventually(async () =>
        expect(
          (
            await log.sql('SELECT 1 FROM timeline_entries WHERE customer_id = $1 AND type = $2', [
              customerId,
              ComplaintResolvedV1.type,
            ])
          ).length,
        ).toBe(2),
      );
      expect(await surveysOf(customerId)).toEqual([
        expect.objectContaining({ trigger: 'complaint-resolved', trigger_id: complaintId }),
      ]);
    });

    it('invites after a loan restructuring', async () => {
      const customerId = newId();
      const loanId = newId();
      await platform.produce([
        eventRecord(
          LoanRestructuredV1,
          customerId,
          { ...LoanRestructuredV1.example, customerId, loanId },
          {
            topicPrefix: platform.topicPrefix,
          },
        ).record,
      ]);
      await eventually(async () =>
        expect(await surveysOf(customerId)).toEqual([
          expect.objectContaining({ trigger: 'loan-restructured', trigger_id: loanId }),
        ]),
      );
    });
  });

  describe('responses', () => {
    it('records CSAT, NPS and a comment in any script, and publishes the scores without the comment', async () => {
      const customerId = newId();
      const { surveyId } = await resolvedInteraction(customerId);
      const comment = 'شكراً، كان الموظف لطيفاً — 谢谢';

      const answer = await api.post(`/v1/surveys/${surveyId}/responses`, { csat: 4, nps: 9, comment });

      expect(answer.status).toBe(201);
      expect(answer.body.response).toMatchObject({ csat: 4, nps: 9, comment });
      const [responded] = await eventually(() => {
        const found = publishedEvents('crm.survey.responded.v1', (e) => e.data.surveyId === surveyId);
        expect(found).toHaveLength(1);
        return found;
      });
      expect(responded?.data).toEqual({
        surveyId,
        customerId,
        trigger: 'interaction-resolved',
        csat: 4,
        nps: 9,
        respondedAt: clock.now().toISOString(),
      });
      expect(JSON.stringify(responded)).not.toContain('谢谢');
    });

    it('rejects a second answer with 409 SURVEY_ALREADY_ANSWERED and keeps the first', async () => {
      const { surveyId } = await resolvedInteraction(newId());
      await api.post(`/v1/surveys/${surveyId}/responses`, { csat: 5 });
      const second = await api.post(`/v1/surveys/${surveyId}/responses`, { csat: 1 });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('SURVEY_ALREADY_ANSWERED');
      expect((await api.get(`/v1/surveys/${surveyId}`)).body.response.csat).toBe(5);
    });

    it('accepts exactly one of two answers sent at the same time', async () => {
      const customerId = newId();
      const { surveyId } = await resolvedInteraction(customerId);
      const answers = await Promise.all([
        api.post(`/v1/surveys/${surveyId}/responses`, { nps: 10 }),
        api.post(`/v1/surveys/${surveyId}/responses`, { nps: 0 }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const accepted = answers.find((a) => a.status === 201)?.body.response.nps;
      await markerAfter(customerId);
      expect(
        publishedEvents('crm.survey.responded.v1', (e) => e.data.surveyId === surveyId).map(
          (e) => e.data.nps,
        ),
      ).toEqual([accepted]);
    });

    it('refuses an answer after the invitation expired with 409 SURVEY_EXPIRED', async () => {
      const { surveyId } = await resolvedInteraction(newId());
      clock.advanceBy(14 * DAY);
      const late = await api.post(`/v1/surveys/${surveyId}/responses`, { nps: 3 });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('SURVEY_EXPIRED');
    });

    it.each([
      ['no score', { comment: 'ok' }, 422],
      ['CSAT 6', { csat: 6 }, 400],
      ['NPS 11', { nps: 11 }, 400],
      ['NPS 2.5', { nps: 2.5 }, 400],
    ])('refuses a response with %s', async (_case, body, status) => {
      const { surveyId } = await resolvedInteraction(newId());
      expect((await api.post(`/v1/surveys/${surveyId}/responses`, body)).status).toBe(status);
    });

    it('lets a customer answer only their own survey', async () => {
      const customerId = newId();
      const { surveyId } = await resolvedInteraction(customerId);
      const { surveyId: othersSurvey } = await resolvedInteraction(newId());
      const customer = client(log, await mintToken({ customer: customerId, scopes: ['surveys:write'] }));

      expect((await customer.post(`/v1/surveys/${surveyId}/responses`, { csat: 5 })).status).toBe(403);
      expect(
        (await customer.post(`/v1/customers/${customerId}/surveys/${othersSurvey}/responses`, { csat: 5 }))
          .status,
      ).toBe(404);
      const own = await customer.post(`/v1/customers/${customerId}/surveys/${surveyId}/responses`, {
        csat: 5,
      });
      expect(own.status).toBe(201);
    });
  });

  describe('satisfaction insight', () => {
    // Hand-computed: NPS = 100 × (promoters − detractors) / NPS answers; CSAT = mean of CSAT answers.
    const answers = [
      { channel: 'phone', language: 'zh-Hans', team: 'team-a', csat: 5, nps: 10 },
      { channel: 'phone', language: 'zh-Hans', team: 'team-a', csat: 4, nps: 9 },
      { channel: 'phone', language: 'en', team: 'team-b', csat: 4, nps: 8 },
      { channel: 'wechat', language: 'zh-Hans', team: 'team-b', csat: 2, nps: 7 },
      { channel: 'wechat', language: 'en', team: 'team-a', csat: 5, nps: 6 },
      { channel: 'wechat', language: 'en', team: 'team-b', csat: 3, nps: 0 },
      { channel: 'wechat', language: 'zh-Hans', team: 'team-a', nps: 10 },
    ];
    const window = '?from=2027-06-01T00:00:00Z&to=2027-06-02T00:00:00Z';

    beforeAll(async () => {
      clock.set('2027-05-31T23:00:00Z');
      const outside = await resolvedInteraction(newId());
      await api.post(`/v1/surveys/${outside.surveyId}/responses`, { csat: 1, nps: 0 });
      clock.set('2027-06-01T09:00:00Z');
      for (const { csat, nps, ...touchpoint } of answers) {
        const { surveyId } = await resolvedInteraction(newId(), touchpoint);
        const answer = await api.post(`/v1/surveys/${surveyId}/responses`, {
          ...(csat ? { csat } : {}),
          nps,
        });
        expect(answer.status).toBe(201);
      }
    });

    const insight = async (query: string) => {
      const reports = client(log, await mintToken({ roles: ['compliance-officer'], subject: 'analyst-1' }));
      const answer = await reports.get(`/v1/insights/satisfaction${query}`);
      expect(answer.status).toBe(200);
      return answer.body;
    };

    it('computes NPS as % promoters − % detractors and the mean CSAT over the window', async () => {
      const report = await insight(window);
      // Promoters 10, 9, 10; passives 8, 7; detractors 6, 0 → (3 − 2) / 7 = 14.29 %. CSAT 23 / 6 = 3.83.
      expect(report.overall).toEqual({
        responses: 7,
        npsResponses: 7,
        promoters: 3,
        passives: 2,
        detractors: 2,
        nps: '14.3',
        csatResponses: 6,
        averageCsat: '3.83',
      });
    });

    it.each([
      ['channel', { phone: ['66.7', '4.33', 3], wechat: ['-25.0', '3.33', 4] }],
      ['language', { en: ['-66.7', '4.00', 3], 'zh-Hans': ['75.0', '3.67', 4] }],
      ['team', { 'team-a': ['50.0', '4.67', 4], 'team-b': ['-33.3', '3.00', 3] }],
    ])('groups by %s', async (groupBy, expected) => {
      const report = await insight(`${window}&groupBy=${groupBy}`);
      expect(
        Object.fromEntries(
          report.groups.map((g: Record<string, any>) => [g.group, [g.nps, g.averageCsat, g.responses]]),
        ),
      ).toEqual(expected);
    });

    it('needs reports:read', async () => {
      const staff = client(log, await mintToken({ roles: ['relationship-manager'], subject: 'rm-1' }));
      expect((await staff.get(`/v1/insights/satisfaction${window}`)).status).toBe(403);
    });
  });

  describe('erasure', () => {
    it('leaves no summary, comment or reason text of the customer in any table and reports what it kept', async () => {
      const customerId = newId();
      const neighbour = newId();
      const marker = `ERASE-ME-${newId()}`;
      const { interaction: touch, surveyId } = await resolvedInteraction(customerId, {
        summary: `${marker} 秘密の相談内容`,
      });
      await api.post(
        `/v1/interactions/${touch.id}/corrections`,
        correction({ summary: `${marker} corrected` }),
        { headers: { 'idempotency-key': newId() } },
      );
      await api.post(`/v1/surveys/${surveyId}/responses`, {
        csat: 2,
        nps: 4,
        comment: `${marker} комментарий`,
      });
      await api.post('/v1/follow-ups', {
        customerId,
        dueAt: new Date(clock.now().getTime() + DAY).toISOString(),
        reason: `${marker} call about divorce`,
        assignedTeam: 'care',
      });
      await resolvedInteraction(neighbour, { summary: 'the neighbour stays' });

      const request = eventRecord(
        CustomerErasureRequestedV1,
        customerId,
        { customerId, requestId: newId(), requestedAt: clock.now().toISOString() },
        { topicPrefix: platform.topicPrefix },
      );
      await platform.produce([request.record]);

      const [completed] = await eventually(() => {
        const found = publishedEvents(
          'crm.privacy.erasure-completed.v1',
          (e) => e.data.customerId === customerId,
        );
        expect(found).toHaveLength(1);
        return found;
      });
      expect(completed?.data).toMatchObject({
        requestId: request.event.data.requestId,
        service: 'interaction-log',
        erased: expect.arrayContaining(['interaction summaries', 'survey comments']),
        retained: expect.arrayContaining([expect.objectContaining({ reason: expect.any(String) })]),
      });

      const columns = await log.sql<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY')`,
      );
      const placesOf = async (text: string) => {
        const hits: string[] = [];
        for (const { table_name, column_name } of columns) {
          const rows = await log.sql(
            `SELECT 1 FROM "${table_name}" WHERE strpos("${column_name}"::text, $1) > 0 LIMIT 1`,
            [text],
          );
          if (rows.length) hits.push(`${table_name}.${column_name}`);
        }
        return hits;
      };
      expect(columns.map((c) => c.table_name)).toEqual(
        expect.arrayContaining(['interactions', 'surveys', 'follow_ups', 'idempotency_keys']),
      );
      // The same scan finds the neighbour's summary, which stays: it can see what it looks for.
      expect(await placesOf('the neighbour stays')).toEqual(['interactions.summary']);
      expect(await placesOf(marker)).toEqual([]);

      // Non-personal facts stay, so the aggregates still add up.
      expect(await log.sql('SELECT nps, csat FROM surveys WHERE id = $1', [surveyId])).toEqual([
        { nps: 4, csat: 2 },
      ]);
      const erased = await api.get(`/v1/interactions/${touch.id}`);
      expect(erased.body).toMatchObject({ summary: null, summaryStatus: 'erased', channel: 'phone' });
      const [kept] = await log.sql<{ summary: string }>(
        'SELECT summary FROM interactions WHERE customer_id = $1',
        [neighbour],
      );
      expect(kept?.summary).toBe('the neighbour stays');
    });
  });
});

describe('interaction log: survey triggers are configurable (in-process)', () => {
  let platform: TestPlatform;
  let log: TestService;

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'il-survey-settings');
    log = await platform.start(interactionLogService, {
      env: { SCHEDULER_INTERVAL_MS: '0', SURVEY_TRIGGERS: 'complaint-resolved' },
    });
  });

  afterAll(() => platform?.close());

  it('sends no survey for a trigger that is switched off', async () => {
    const api = client(log, await fullAccessToken());
    const customerId = newId();
    const answer = await api.post(
      '/v1/interactions',
      interaction(customerId, {
        outcome: 'resolved',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    expect(answer.status).toBe(201);
    expect(await log.sql('SELECT 1 FROM surveys WHERE customer_id = $1', [customerId])).toEqual([]);
  });
});
