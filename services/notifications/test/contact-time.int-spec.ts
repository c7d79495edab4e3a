import {
  CustomerConsentChangedV1,
  CustomerProfileUpdatedV1,
  LoanHardshipArrangementEndedV1,
  LoanHardshipArrangementStartedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
  type LoanPaymentMissedV1Data,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { TestPlatform, eventRecord, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { DispatchNotificationsJob } from '../src/api/jobs/dispatch-notifications.job';
import { notificationsService } from '../src/notifications.service';
import {
  client,
  customerKnownToNotifications,
  dispatchWhenTriggered,
  notificationsOf,
} from './delivery-support';

describe('contact time: quiet hours defer, legal floors, festivals and hardship', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: ReturnType<typeof client>;
  const clock = new AdjustableClock('2026-03-02T12:00:00Z');

  async function produce<T>(definition: Parameters<typeof eventRecord<T>>[0], customerId: string, data: T) {
    const { event, record } = eventRecord(definition, customerId, data, {
      topicPrefix: platform.topicPrefix,
    });
    await platform.produce([record]);
    return event;
  }

  const missed = (customerId: string, loanId = newId(), currency = 'USD'): LoanPaymentMissedV1Data => ({
    loanId,
    customerId,
    currency,
    installmentNumber: 4,
    dueDate: '2026-05-28',
    amountOverdue: '250.00',
    daysPastDue: 3,
    businessDate: '2026-05-31',
  });

  const dispatch = () => service.app.get(DispatchNotificationsJob).run();

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'notifications-contact-time');
    service = await platform.start(notificationsService, {
      clock,
      env: { SCHEDULER_INTERVAL_MS: '0', DISPATCH_INTERVAL_MS: '0' },
    });
    api = client(service, await fullAccessToken());
  });

  afterAll(() => platform.close());

  it('defers a London message at night to 09:00 local on the morning the clocks go forward', async () => {
    clock.set('2026-03-28T22:30:00Z'); // Saturday 22:30 GMT; BST from 01:00 UTC on Sunday
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      locale: 'en-GB',
      timeZone: 'Europe/London',
      countryOfResidence: 'GB',
      preferredChannels: ['in-app'],
      contactHours: { start: '09:00', end: '20:00' },
    });
    const event = await produce(LoanPaymentDueV1, customerId, {
      loanId: newId(),
      customerId,
      currency: 'GBP',
      installmentNumber: 1,
      dueDate: '2026-04-01',
      amountDue: '99.00',
      daysUntilDue: 4,
    });
    await dispatchWhenTriggered(service, event.id);
    const [deferred] = await notificationsOf(service, event.id);
    const answer = await api.get(`/v1/notifications/${deferred?.id}`);
    expect(answer.body).toMatchObject({
      status: 'deferred',
      reason: 'QUIET_HOURS',
      scheduledFor: '2026-03-29T08:00:00.000Z', // 09:00 BST, not 09:00 GMT
    });

    clock.set('2026-03-29T07:59:00Z');
    await dispatch();
    expect((await notificationsOf(service, event.id))[0]?.status).toBe('deferred');
    clock.set('2026-03-29T08:00:00Z');
    await dispatch();
    expect((await notificationsOf(service, event.id))[0]).toMatchObject({
      status: 'sent',
      channel: 'in-app',
    });
  });

  it('defers a New York message across the March change to 08:00 EDT', async () => {
    clock.set('2026-03-08T03:00:00Z'); // Saturday 7 March, 22:00 EST
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      locale: 'en-US',
      timeZone: 'America/New_York',
      countryOfResidence: 'US',
      preferredChannels: ['in-app'],
      contactHours: { start: '08:00', end: '21:00' },
    });
    const event = await produce(LoanPaymentDueV1, customerId, {
      loanId: newId(),
      customerId,
      currency: 'USD',
      installmentNumber: 1,
      dueDate: '2026-03-12',
      amountDue: '410.00',
      daysUntilDue: 4,
    });
    await dispatchWhenTriggered(service, event.id);
    const [deferred] = await notificationsOf(service, event.id);
    expect(deferred).toMatchObject({ status: 'deferred', reason: 'QUIET_HOURS' });
    expect(deferred?.scheduled_for.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('holds US collections to 08:00 local even when the customer allows earlier (Regulation F)', async () => {
    clock.set('2026-06-01T12:30:00Z'); // 07:30 CDT
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      locale: 'en-US',
      timeZone: 'America/Chicago',
      countryOfResidence: 'US',
      preferredChannels: ['in-app'],
      contactHours: { start: '06:00', end: '23:00' },
    });
    const event = await produce(LoanPaymentMissedV1, customerId, missed(customerId));
    await dispatchWhenTriggered(service, event.id);
    const [deferred] = await notificationsOf(service, event.id);
    expect(deferred).toMatchObject({ status: 'deferred', reason: 'LEGAL_CONTACT_HOURS' });
    expect(deferred?.scheduled_for.toISOString()).toBe('2026-06-01T13:00:00.000Z');
  });

  it('makes at most 7 collections contacts about one loan in 7 days, deferring the 8th until the first ages out', async () => {
    clock.set('2026-06-02T15:00:00Z'); // 10:00 CDT
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      locale: 'en-US',
      timeZone: 'America/Chicago',
      countryOfResidence: 'US',
      preferredChannels: ['in-app'],
    });
    const loanId = newId();
    const firstSentAt = clock.now();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const event = await produce(LoanPaymentMissedV1, customerId, {
        ...missed(customerId, loanId),
        daysPastDue: 3 + i,
      });
      ids.push(event.id);
      await dispatchWhenTriggered(service, event.id);
      clock.advanceBy(10 * 60_000);
    }
    const statuses = await Promise.all(ids.map(async (id) => (await notificationsOf(service, id))[0]));
    expect(statuses.slice(0, 7).map((n) => n?.status)).toEqual(Array(7).fill('sent'));
    expect(statuses[7]).toMatchObject({ status: 'deferred', reason: 'CONTACT_CAP_7_IN_7_DAYS' });
    expect(statuses[7]?.scheduled_for.toISOString()).toBe(
      new Date(firstSentAt.getTime() + 7 * 24 * 3_600_000).toISOString(),
    );
  });

  it('sends no collections message on a festival the customer observes, and sends it the next day', async () => {
    clock.set('2026-12-25T11:00:00Z');
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      locale: 'en-GB',
      timeZone: 'Europe/London',
      countryOfResidence: 'GB',
      preferredChannels: ['in-app'],
      contactHours: { start: '09:00', end: '20:00' },
    });
    await produce(CustomerConsentChangedV1, customerId, {
      customerId,
      purpose: 'cultural-personalisation',
      channel: 'any',
      status: 'granted',
      wordingVersion: 'culture-2026-01',
      sourceChannel: 'web',
      changedAt: clock.now().toISOString(),
    });
    await produce(CustomerProfileUpdatedV1, customerId, {
      customerId,
      changedFields: ['observedFestivals'],
      changes: { observedFestivals: ['christmas'] },
      version: 2,
      updatedAt: clock.now().toISOString(),
    });
    await eventually(async () => {
      const [row] = await service.sql(`SELECT observed_festivals FROM recipients WHERE customer_id = $1`, [
        customerId,
      ]);
      expect(row?.observed_festivals).toEqual(['christmas']);
    });
    const event = await produce(LoanPaymentMissedV1, customerId, missed(customerId, newId(), 'GBP'));
    await dispatchWhenTriggered(service, event.id);
    const [deferred] = await notificationsOf(service, event.id);
    expect(deferred).toMatchObject({ status: 'deferred', reason: 'FESTIVAL_OBSERVED' });
    expect(deferred?.scheduled_for.toISOString()).toBe('2026-12-26T09:00:00.000Z');
    clock.set('2026-12-26T09:00:00Z');
    await dispatch();
    expect((await notificationsOf(service, event.id))[0]?.status).toBe('sent');
  });

  it('stops collections contact while a hardship arrangement is in force, and resumes after it ends', async () => {
    clock.set('2026-06-03T10:00:00Z');
    const customerId = await customerKnownToNotifications(platform, service, clock, {
      preferredChannels: ['in-app'],
    });
    const loanId = newId();
    const arrangementId = newId();
    const started = await produce(LoanHardshipArrangementStartedV1, customerId, {
      loanId,
      customerId,
      currency: 'EUR',
      arrangementId,
      option: 'PAYMENT_HOLIDAY',
      startsOn: '2026-06-03',
      endsOn: '2026-08-31',
      startedAt: clock.now().toISOString(),
    });
    await dispatchWhenTriggered(service, started.id);
    expect((await notificationsOf(service, started.id))[0]).toMatchObject({
      workflow: 'hardship-arrangement-started',
      status: 'sent',
    });

    const during = await produce(LoanPaymentMissedV1, customerId, missed(customerId, loanId, 'EUR'));
    await dispatchWhenTriggered(service, during.id);
    expect((await notificationsOf(service, during.id))[0]).toMatchObject({
      status: 'skipped',
      reason: 'HARDSHIP_ARRANGEMENT_ACTIVE',
    });

    const ended = await produce(LoanHardshipArrangementEndedV1, customerId, {
      loanId,
      customerId,
      currency: 'EUR',
      arrangementId,
      reason: 'completed',
      endedAt: clock.now().toISOString(),
    });
    await dispatchWhenTriggered(service, ended.id);
    const after = await produce(LoanPaymentMissedV1, customerId, missed(customerId, loanId, 'EUR'));
    await dispatchWhenTriggered(service, after.id);
    expect((await notificationsOf(service, after.id))[0]).toMatchObject({
      status: 'sent',
      channel: 'in-app',
    });
  });
});
