import {
  ComplaintAcknowledgedV1,
  ComplaintDeadlineExtendedV1,
  ComplaintResolvedV1,
  CustomerChurnRiskChangedV1,
  CustomerConsentChangedV1,
  CustomerContactPreferencesChangedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerVulnerabilityChangedV1,
  FollowUpDueV1,
  LoanPaymentDueV1,
  LoanRiskWarningV1,
  SurveyInvitedV1,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import {
  TestPlatform,
  eventRecord,
  eventually,
  fullAccessToken,
  mintToken,
  type TestService,
} from '@crm/testing';
import { DispatchNotificationsJob } from '../src/api/jobs/dispatch-notifications.job';
import { FestivalGreetingsJob } from '../src/api/jobs/festival-greetings.job';
import { notificationsService } from '../src/notifications.service';
import {
  client,
  customerKnownToNotifications,
  dispatchWhenTriggered,
  notificationsOf,
} from './delivery-support';

type Json = Record<string, any>;
const MINUTE = 60_000;

describe('workflows and the notifications API', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: ReturnType<typeof client>;
  const clock = new AdjustableClock('2026-05-05T09:00:00Z');

  async function produce<T>(definition: Parameters<typeof eventRecord<T>>[0], customerId: string, data: T) {
    const { event, record } = eventRecord(definition, customerId, data, {
      topicPrefix: platform.topicPrefix,
    });
    await platform.produce([record]);
    return event;
  }

  const dispatch = () => service.app.get(DispatchNotificationsJob).run();

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'notifications-workflows');
    service = await platform.start(notificationsService, {
      clock,
      env: { SCHEDULER_INTERVAL_MS: '0', DISPATCH_INTERVAL_MS: '0' },
    });
    api = client(service, await fullAccessToken());
  });

  afterAll(() => platform.close());

  it('triggers a workflow directly, once per Idempotency-Key, and shows it by id and in the customer list', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const body = {
      workflow: 'payment-due-reminder',
      customerId,
      params: { amount: '42.00', currency: 'EUR', dueDate: '2026-05-20', daysUntilDue: 15 },
    };
    const key = { 'idempotency-key': newId() };
    const created = await api.post('/v1/notifications', body, key);
    expect(created.status).toBe(202);
    expect(created.headers.get('location')).toBe(`/v1/notifications/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: 'scheduled',
      workflow: 'payment-due-reminder',
      purpose: 'service',
    });
    const replayed = await api.post('/v1/notifications', body, key);
    expect(replayed.body.id).toBe(created.body.id);

    await dispatch();
    const shown = await api.get(`/v1/notifications/${created.body.id}`);
    expect(shown.body).toMatchObject({ status: 'sent', channel: 'in-app' });

    const firstPage = await api.get(`/v1/customers/${customerId}/notifications?limit=1`);
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await api.get(
      `/v1/customers/${customerId}/notifications?limit=1&cursor=${firstPage.body.nextCursor}`,
    );
    expect(secondPage.body.items).toHaveLength(1);
    expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[0].id);
    const ids = [firstPage.body.items[0].id, secondPage.body.items[0].id];
    expect(ids).toContain(created.body.id); // the other one is the welcome
    // Once per key: the replayed trigger made no second reminder.
    const all = await api.get(`/v1/customers/${customerId}/notifications?limit=100`);
    expect(all.body.items.map((n: Json) => n.workflow).sort()).toEqual(['payment-due-reminder', 'welcome']);
  });

  it('refuses a well-formed cursor whose position was tampered with: a 400 problem, never a 500', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    for (const daysUntilDue of [10, 11]) {
      const trigger = await api.post('/v1/notifications', {
        workflow: 'payment-due-reminder',
        customerId,
        params: { amount: '42.00', currency: 'EUR', dueDate: '2026-05-20', daysUntilDue },
      });
      expect(trigger.status).toBe(202);
    }
    await dispatch();
    const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const list of [`/v1/customers/${customerId}/notifications`, `/v1/customers/${customerId}/inbox`]) {
      const page = await api.get(`${list}?limit=1`);
      expect({ list, cursor: typeof page.body.nextCursor }).toEqual({ list, cursor: 'string' });
      const issued = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8'));
      expect(issued).toEqual({ at: expect.any(String), id: expect.any(String) });
      for (const forged of [
        forge({ ...issued, at: 'yesterday' }),
        forge({ ...issued, at: '2026-02-30T09:00:00.000Z' }),
        forge({ ...issued, id: 'not-a-uuid' }),
        forge({ ...issued, id: `${issued.id}' OR '1'='1` }),
      ]) {
        const answer = await api.get(`${list}?limit=1&cursor=${forged}`);
        expect({ list, forged, status: answer.status }).toEqual({ list, forged, status: 400 });
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.errors.map((e: Json) => e.pointer)).toEqual(['/cursor']);
      }
    }
  });

  it('answers bad triggers with problem details, never a 500', async () => {
    const customerId = newId();
    const unknown = await api.post('/v1/notifications', { workflow: 'no-such-workflow', customerId });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('WORKFLOW_NOT_FOUND');
    const extra = await api.post('/v1/notifications', { workflow: 'welcome', customerId, surprise: 1 });
    expect(extra.status).toBe(400);
    const nested = await api.post('/v1/notifications', {
      workflow: 'welcome',
      customerId,
      params: { a: { b: 1 } },
    });
    expect(nested.status).toBe(400);
    const missing = await api.get(`/v1/notifications/${newId()}`);
    expect(missing.status).toBe(404);
    const customerToken = await mintToken({ customer: customerId, scopes: ['notifications:read'] });
    const foreign = await client(service, customerToken).get(`/v1/customers/${newId()}/inbox`);
    expect(foreign.status).toBe(404);
  });

  it('holds the welcome until the contact preferences that follow registration arrive', async () => {
    const customerId = newId();
    const registered = await produce(CustomerRegisteredV1, customerId, {
      customerId,
      locale: 'zh-Hant-TW',
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      registeredAt: clock.now().toISOString(),
    });
    await eventually(async () => expect(await notificationsOf(service, registered.id)).toHaveLength(1));
    clock.advanceBy(3 * MINUTE);
    await dispatch();
    expect((await notificationsOf(service, registered.id))[0]).toMatchObject({
      workflow: 'welcome',
      status: 'deferred',
      reason: 'AWAITING_CONTACT_PREFERENCES',
    });

    await produce(CustomerContactPreferencesChangedV1, customerId, {
      customerId,
      locale: 'zh-Hant-TW',
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      addressAs: { full: '王小明', given: '小明', family: '王', order: 'family-first', honorific: '先生' },
      preferredChannels: ['in-app'],
      contactPoints: {},
      changedAt: clock.now().toISOString(),
    });
    await eventually(async () => {
      const rows = await service.sql(
        `SELECT 1 FROM recipients WHERE customer_id = $1 AND has_contact_preferences`,
        [customerId],
      );
      expect(rows).toHaveLength(1);
    });
    clock.advanceBy(5 * MINUTE);
    await dispatch();
    const [welcome] = await notificationsOf(service, registered.id);
    expect(welcome).toMatchObject({ status: 'sent', channel: 'in-app' });
    const inbox = await api.get(`/v1/customers/${customerId}/inbox`);
    expect(inbox.body.items[0].locale).toBe('zh-Hant');
    expect(inbox.body.items[0].body).toContain('王');
  });

  it('gives the assigned team a task when a follow-up falls due', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock);
    const team = `branch-${customerId.slice(0, 6)}`;
    const event = await produce(FollowUpDueV1, customerId, {
      followUpId: newId(),
      customerId,
      dueAt: clock.now().toISOString(),
      reason: 'check-hardship-outcome',
      assignedTeam: team,
    });
    await dispatchWhenTriggered(service, event.id);
    const tasks = await api.get(`/v1/staff-tasks?team=${team}`);
    expect(tasks.status).toBe(200);
    expect(tasks.body.items).toEqual([expect.objectContaining({ customerId, kind: 'review', team })]);
    expect(tasks.body.items[0].body).toContain('check-hardship-outcome');
  });

  it('asks relationship managers to act when churn risk turns high, not when it is low', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock);
    const high = await produce(CustomerChurnRiskChangedV1, customerId, {
      customerId,
      score: 81,
      band: 'high',
      previousBand: 'medium',
      reasons: ['PAYMENT_MISSED', 'COMPLAINT_OPEN'],
      changedAt: clock.now().toISOString(),
    });
    const low = await produce(CustomerChurnRiskChangedV1, customerId, {
      customerId,
      score: 12,
      band: 'low',
      previousBand: 'medium',
      reasons: [],
      changedAt: clock.now().toISOString(),
    });
    await dispatchWhenTriggered(service, high.id);
    await eventually(async () => {
      const [row] = await service.sql<{ count: string }>(`SELECT count(*) FROM inbox WHERE event_id = $1`, [
        low.id,
      ]);
      expect(row?.count).toBe('1');
    });
    expect(await notificationsOf(service, low.id)).toHaveLength(0);
    const tasks = await api.get('/v1/staff-tasks?team=relationship-managers');
    expect((tasks.body.items as Json[]).filter((t) => t.customerId === customerId)).toHaveLength(1);
  });

  it('sends a final response and the escalation rights when a complaint is resolved', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const event = await produce(ComplaintResolvedV1, customerId, {
      complaintId: newId(),
      customerId,
      regime: 'uk-fca-disp',
      language: 'en-GB',
      outcome: 'upheld',
      redress: { type: 'none' },
      companyResponse: 'Closed with explanation',
      isOnTime: true,
      resolvedAt: clock.now().toISOString(),
    });
    await dispatchWhenTriggered(service, event.id, 2);
    expect((await notificationsOf(service, event.id)).map((n) => [n.workflow, n.status])).toEqual([
      ['complaint-escalation-rights', 'sent'],
      ['complaint-final-response', 'sent'],
    ]);
  });

  it('sends the complaint acknowledgement, deadline extension and survey invitation, and tasks a loan risk warning', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const complaintId = newId();
    const base = { complaintId, customerId, regime: 'uk-fca-disp' as const, language: 'en-GB' };
    const acknowledged = await produce(ComplaintAcknowledgedV1, customerId, {
      ...base,
      acknowledgedAt: clock.now().toISOString(),
      deadlines: { finalResponse: '2026-06-30' },
      deadlineTimeZone: 'Europe/London',
    });
    const extended = await produce(ComplaintDeadlineExtendedV1, customerId, {
      ...base,
      milestone: 'finalResponse',
      previousDeadline: '2026-06-30',
      newDeadline: '2026-07-14',
      deadlineTimeZone: 'Europe/London',
      ground: 'exceptional-circumstances',
      extendedAt: clock.now().toISOString(),
    });
    const survey = await produce(SurveyInvitedV1, customerId, {
      surveyId: newId(),
      customerId,
      trigger: 'complaint-resolved',
      triggerId: complaintId,
      invitedAt: clock.now().toISOString(),
      expiresAt: new Date(clock.now().getTime() + 14 * 24 * 60 * MINUTE).toISOString(),
    });
    const risk = await produce(LoanRiskWarningV1, customerId, {
      loanId: newId(),
      customerId,
      currency: 'EUR',
      severity: 'high',
      previousSeverity: 'medium',
      reasons: ['MISSED_PAYMENTS_2'],
      raisedAt: clock.now().toISOString(),
    });
    for (const event of [acknowledged, extended, survey, risk])
      await dispatchWhenTriggered(service, event.id);
    const outcome = async (id: string) =>
      (await notificationsOf(service, id)).map((n) => [n.workflow, n.status, n.channel]);
    expect(await outcome(acknowledged.id)).toEqual([['complaint-acknowledged', 'sent', 'in-app']]);
    expect(await outcome(extended.id)).toEqual([['complaint-deadline-extended', 'sent', 'in-app']]);
    expect(await outcome(survey.id)).toEqual([['survey-invitation', 'sent', 'in-app']]);
    expect(await outcome(risk.id)).toEqual([['loan-risk-warning', 'sent', 'staff-task']]);
    const inbox = await api.get(`/v1/customers/${customerId}/inbox`);
    expect((inbox.body.items as Json[]).length).toBeGreaterThanOrEqual(3);
  });

  it('copies a message to staff for a trusted third party when the customer asked for it', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    await produce(CustomerVulnerabilityChangedV1, customerId, {
      customerId,
      adjustments: ['trusted-third-party', 'simpler-language'],
      changedAt: clock.now().toISOString(),
    });
    await eventually(async () => {
      const [row] = await service.sql(`SELECT adjustments FROM recipients WHERE customer_id = $1`, [
        customerId,
      ]);
      expect(row?.adjustments).toContain('trusted-third-party');
    });
    const event = await produce(LoanPaymentDueV1, customerId, {
      loanId: newId(),
      customerId,
      currency: 'EUR',
      installmentNumber: 2,
      dueDate: '2026-05-30',
      amountDue: '60.00',
      daysUntilDue: 25,
    });
    await dispatchWhenTriggered(service, event.id);
    const tasks = await api.get('/v1/staff-tasks?team=customer-care');
    const copy = (tasks.body.items as Json[]).find((t) => t.customerId === customerId);
    expect(copy?.subject).toMatch(/trusted third party/);
  });

  it('greets a customer on a festival they observe, only with cultural-personalisation consent, once', async () => {
    clock.set('2026-02-17T02:00:00Z'); // lunar new year, 10:00 in Shanghai
    const festive = await customerKnownToNotifications(platform, service, clock, {
      locale: 'zh-Hans-CN',
      timeZone: 'Asia/Shanghai',
      countryOfResidence: 'CN',
      addressAs: { full: '李娜', given: '娜', family: '李', order: 'family-first' },
      preferredChannels: ['in-app'],
    });
    const withoutConsent = await customerKnownToNotifications(platform, service, clock, {
      timeZone: 'Asia/Shanghai',
      preferredChannels: ['in-app'],
    });
    await produce(CustomerConsentChangedV1, festive, {
      customerId: festive,
      purpose: 'cultural-personalisation',
      channel: 'any',
      status: 'granted',
      wordingVersion: 'culture-2026-01',
      sourceChannel: 'mobile-app',
      changedAt: clock.now().toISOString(),
    });
    for (const customerId of [festive, withoutConsent]) {
      await produce(CustomerProfileUpdatedV1, customerId, {
        customerId,
        changedFields: ['observedFestivals'],
        changes: { observedFestivals: ['lunar-new-year'] },
        version: 2,
        updatedAt: clock.now().toISOString(),
      });
    }
    await eventually(async () => {
      const rows = await service.sql(
        `SELECT 1 FROM recipients r JOIN recipient_consents c USING (customer_id)
          WHERE r.customer_id = $1 AND cardinality(r.observed_festivals) = 1`,
        [festive],
      );
      expect(rows).toHaveLength(1);
      const other = await service.sql(
        `SELECT 1 FROM recipients WHERE customer_id = $1 AND cardinality(observed_festivals) = 1`,
        [withoutConsent],
      );
      expect(other).toHaveLength(1);
    });

    const job = service.app.get(FestivalGreetingsJob);
    expect(await job.run()).toBe(1);
    expect(await job.run()).toBe(0);
    await dispatch();
    const greetings = await service.sql<{ customer_id: string; status: string }>(
      `SELECT customer_id, status FROM notifications WHERE workflow = 'festival-greeting'`,
    );
    expect(greetings).toEqual([{ customer_id: festive, status: 'sent' }]);
    const inbox = await api.get(`/v1/customers/${festive}/inbox`);
    expect((inbox.body.items as Json[]).some((m) => m.locale === 'zh-Hans')).toBe(true);
  });
});
