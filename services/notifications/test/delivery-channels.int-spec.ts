import {
  CustomerErasureRequestedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
  eventsTopic,
  type LoanPaymentDueV1Data,
  type LoanPaymentMissedV1Data,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import type { ReceivedRecord } from '@crm/messaging';
import { TestPlatform, eventRecord, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { DispatchNotificationsJob } from '../src/api/jobs/dispatch-notifications.job';
import { FallBackUndeliveredJob } from '../src/api/jobs/fall-back-undelivered.job';
import { notificationsService } from '../src/notifications.service';
import {
  FakeProvider,
  client,
  customerKnownToNotifications,
  dispatchWhenTriggered,
  notificationsOf,
  providersSetting,
  sign,
  startSmtpServer,
} from './delivery-support';

type Json = Record<string, any>;
const MINUTE = 60_000;

describe('notification delivery on every channel', () => {
  let platform: TestPlatform;
  let service: TestService;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let smsA: FakeProvider;
  let smsB: FakeProvider;
  let push: FakeProvider;
  let published: ReceivedRecord[];
  let api: ReturnType<typeof client>;
  const clock = new AdjustableClock('2026-03-02T10:00:00Z');

  const dueData = (
    customerId: string,
    overrides: Partial<LoanPaymentDueV1Data> = {},
  ): LoanPaymentDueV1Data => ({
    loanId: newId(),
    customerId,
    currency: 'EUR',
    installmentNumber: 3,
    dueDate: '2026-04-01',
    amountDue: '1234.50',
    daysUntilDue: 5,
    ...overrides,
  });

  const missedData = (customerId: string): LoanPaymentMissedV1Data => ({
    loanId: newId(),
    customerId,
    currency: 'EUR',
    installmentNumber: 2,
    dueDate: '2026-02-28',
    amountOverdue: '300.00',
    daysPastDue: 2,
    businessDate: '2026-03-02',
  });

  async function produce<T>(definition: Parameters<typeof eventRecord<T>>[0], customerId: string, data: T) {
    const { event, record } = eventRecord(definition, customerId, data, {
      topicPrefix: platform.topicPrefix,
    });
    await platform.produce([record]);
    return event;
  }

  function publishedOf(type: string, notificationId: string): Json[] {
    return published
      .map((r) => JSON.parse(r.value.toString()) as Json)
      .filter((e) => e.type === type && e.data.notificationId === notificationId);
  }

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'notifications-delivery');
    smtp = await startSmtpServer();
    smsA = await FakeProvider.start('sms-a');
    smsB = await FakeProvider.start('sms-b');
    push = await FakeProvider.start('push-p');
    service = await platform.start(notificationsService, {
      clock,
      env: {
        SCHEDULER_INTERVAL_MS: '0',
        DISPATCH_INTERVAL_MS: '0',
        SMTP_URL: smtp.url,
        NOTIFICATION_PROVIDERS: providersSetting(
          { name: 'sms-a', url: smsA.url, channels: ['sms'] },
          { name: 'sms-b', url: smsB.url, channels: ['sms', 'whatsapp'] },
          { name: 'push-p', url: push.url, channels: ['push'] },
        ),
      },
    });
    published = await platform.collect(eventsTopic('notifications', platform.topicPrefix));
    api = client(service, await fullAccessToken());
  });

  afterAll(async () => {
    await platform.close();
    await Promise.all([smtp.close(), smsA.close(), smsB.close(), push.close()]);
  });

  it('turns a loan-servicing payment-due event into an e-mail in Spanish, with euros and the date as a Spanish reader writes them', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['email', 'in-app'],
    });
    const event = await produce(LoanPaymentDueV1, customerId, dueData(customerId));
    await dispatchWhenTriggered(service, event.id);

    const [notification] = await notificationsOf(service, event.id);
    const answer = await api.get(`/v1/notifications/${notification?.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'sent', channel: 'email', workflow: 'payment-due-reminder' });
    expect(answer.body.locale).toMatch(/^es/);
    expect(answer.body.attempts).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', provider: 'smtp', step: 0 }),
    ]);

    const mail = await eventually(() => {
      const found = smtp.mails.find(
        (m) => m.to.includes(`lucia.${customerId.slice(0, 8)}@example.es`) && /1234/.test(m.text),
      );
      expect(found).toBeDefined();
      return found as NonNullable<typeof found>;
    });
    const euros = new Intl.NumberFormat('es', { style: 'currency', currency: 'EUR' }).format(1234.5);
    const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(mail.subject).toContain(euros);
    expect(mail.text).toContain(euros);
    expect(mail.text).toContain(date);
    expect(mail.text).toContain('García');
    expect(mail.text).toMatch(/vence/);
    expect(mail.messageId).toContain('@notifications.crm');

    await eventually(() =>
      expect(publishedOf('crm.notification.sent.v1', notification?.id ?? '')).toHaveLength(1),
    );
    expect(publishedOf('crm.notification.sent.v1', notification?.id ?? '')[0]?.data).toMatchObject({
      customerId,
      channel: 'email',
      workflow: 'payment-due-reminder',
      sourceEventId: event.id,
    });
  });

  it('moves an SMS to the next provider when the first fails, under the same idempotency key', async () => {
    smsA.failing = true;
    try {
      const customerId = await customerKnownToNotifications(platform, service, clock, {
        preferredChannels: ['sms'],
      });
      const event = await produce(LoanPaymentMissedV1, customerId, missedData(customerId));
      await dispatchWhenTriggered(service, event.id);

      const [notification] = await notificationsOf(service, event.id);
      const answer = await api.get(`/v1/notifications/${notification?.id}`);
      expect(answer.body).toMatchObject({ status: 'sent', channel: 'sms', purpose: 'collections' });
      const [attempt] = answer.body.attempts as Json[];
      expect(attempt).toMatchObject({ provider: 'sms-b', status: 'sent' });
      expect(attempt?.providerAttempts).toEqual([
        expect.objectContaining({ provider: 'sms-a', outcome: 'failed', error: 'HTTP 503' }),
        expect.objectContaining({ provider: 'sms-b', outcome: 'accepted' }),
      ]);
      const tried = (p: FakeProvider) =>
        p.requests.filter((r) => r.body.to === '+34612345678' && r.body.reference === attempt?.messageKey);
      expect(tried(smsA)).toHaveLength(1);
      expect(tried(smsB)).toHaveLength(1);
      expect(tried(smsA)[0]?.headers['idempotency-key']).toBe(attempt?.messageKey);
      expect(tried(smsB)[0]?.headers['idempotency-key']).toBe(attempt?.messageKey);
      expect(tried(smsB)[0]?.headers.authorization).toBe('Bearer key-sms-b');
    } finally {
      smsA.failing = false;
    }
  });

  it('falls back from push to SMS when the push is not delivered within the hour', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['push', 'sms'],
      contactPoints: { phone: '+34699000111' },
    });
    const event = await produce(LoanPaymentDueV1, customerId, dueData(customerId));
    await dispatchWhenTriggered(service, event.id);
    const [notification] = await notificationsOf(service, event.id);
    expect(notification).toMatchObject({ status: 'sent', channel: 'push' });
    expect(push.requests.filter((r) => r.body.to === customerId)).toHaveLength(1);

    // 59 minutes: still waiting for the receipt.
    clock.advanceBy(59 * MINUTE);
    await service.app.get(FallBackUndeliveredJob).run();
    expect((await notificationsOf(service, event.id))[0]).toMatchObject({ status: 'sent', channel: 'push' });

    clock.advanceBy(2 * MINUTE);
    await service.app.get(FallBackUndeliveredJob).run();
    await service.app.get(DispatchNotificationsJob).run();

    const answer = await api.get(`/v1/notifications/${notification?.id}`);
    expect(answer.body).toMatchObject({ status: 'sent', channel: 'sms' });
    expect((answer.body.attempts as Json[]).map((a) => [a.step, a.channel])).toEqual([
      [0, 'push'],
      [1, 'sms'],
    ]);
    expect(smsA.requests.filter((r) => r.body.to === '+34699000111')).toHaveLength(1);
  });

  it('refuses a receipt with a bad signature and applies a signed one, published as delivered', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['sms'],
    });
    const event = await produce(LoanPaymentMissedV1, customerId, missedData(customerId));
    await dispatchWhenTriggered(service, event.id);
    const [notification] = await notificationsOf(service, event.id);
    const sent = await api.get(`/v1/notifications/${notification?.id}`);
    expect(sent.body.channel).toBe('sms');
    const providerId = (sent.body.attempts as Json[])[0]?.providerAttempts.at(-1).provider as string;
    const [row] = await service.sql<{ provider_message_id: string }>(
      `SELECT provider_message_id FROM notification_deliveries WHERE notification_id = $1`,
      [notification?.id],
    );

    const body = JSON.stringify({ messageId: row?.provider_message_id, status: 'DELIVERED' });
    const forged = await api.post(`/v1/webhooks/providers/${providerId}`, body, {
      'x-signature': sign(body, 'not-the-secret'),
    });
    expect(forged.status).toBe(401);
    const unsigned = await api.post(`/v1/webhooks/providers/${providerId}`, body);
    expect(unsigned.status).toBe(401);
    expect((await api.get(`/v1/notifications/${notification?.id}`)).body.status).toBe('sent');

    const accepted = await api.post(`/v1/webhooks/providers/${providerId}`, body, {
      'x-signature': sign(body),
    });
    expect(accepted.status).toBe(200);
    expect((await api.get(`/v1/notifications/${notification?.id}`)).body.status).toBe('delivered');
    await eventually(() =>
      expect(publishedOf('crm.notification.delivered.v1', notification?.id ?? '')).toHaveLength(1),
    );

    // Delivered in time: no fallback when the hour passes.
    clock.advanceBy(2 * 60 * MINUTE);
    expect(await service.app.get(FallBackUndeliveredJob).run()).toBe(0);
    clock.advanceBy(-2 * 60 * MINUTE);
  });

  it('puts a message in the in-app inbox, where reading it marks it read', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const event = await produce(LoanPaymentDueV1, customerId, dueData(customerId));
    await dispatchWhenTriggered(service, event.id);
    const inbox = await api.get(`/v1/customers/${customerId}/inbox`);
    expect(inbox.status).toBe(200);
    const message = (inbox.body.items as Json[]).find((m) => /1234/.test(m.body));
    expect(message).toMatchObject({ locale: expect.stringMatching(/^es/), direction: 'ltr' });
    const read = await api.post(`/v1/customers/${customerId}/inbox/${message?.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeDefined();
    expect((await api.get(`/v1/notifications/${message?.notificationId}`)).body.status).toBe('read');
  });

  it('erases rendered content and contact copies on request, keeps delivery metadata and reports completion', async () => {
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const event = await produce(LoanPaymentDueV1, customerId, dueData(customerId));
    await dispatchWhenTriggered(service, event.id);
    const requestId = newId();
    await produce(CustomerErasureRequestedV1, customerId, {
      customerId,
      requestId,
      requestedAt: clock.now().toISOString(),
    });

    const completed = await eventually(() => {
      const found = published
        .map((r) => JSON.parse(r.value.toString()) as Json)
        .find((e) => e.type === 'crm.privacy.erasure-completed.v1' && e.data.requestId === requestId);
      expect(found).toBeDefined();
      return found as Json;
    });
    expect(completed.data).toMatchObject({ customerId, service: 'notifications' });
    expect(completed.data.retained[0].data).toMatch(/delivery metadata/);

    const [recipient] = await service.sql(
      `SELECT contact_points, address_as, erased_at FROM recipients WHERE customer_id = $1`,
      [customerId],
    );
    expect(recipient).toMatchObject({ contact_points: {}, address_as: null });
    expect(recipient?.erased_at).not.toBeNull();
    const deliveries = await service.sql(
      `SELECT d.subject, d.body, d.address, d.status, d.channel FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id WHERE n.customer_id = $1`,
      [customerId],
    );
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries)
      expect(d).toMatchObject({ subject: null, body: null, address: null, channel: 'in-app' });
    const inbox = await api.get(`/v1/customers/${customerId}/inbox`);
    expect((inbox.body.items as Json[]).length).toBeGreaterThan(0);
    for (const message of inbox.body.items as Json[])
      expect(message).toMatchObject({ subject: null, body: null });
    const history = await api.get(`/v1/customers/${customerId}/notifications`);
    expect(history.body.items.length).toBeGreaterThan(0);

    // Nothing more goes to an erased customer.
    const later = await produce(LoanPaymentDueV1, customerId, dueData(customerId));
    await dispatchWhenTriggered(service, later.id);
    expect((await notificationsOf(service, later.id))[0]).toMatchObject({
      status: 'skipped',
      reason: 'CUSTOMER_ERASED',
    });
  });
});
