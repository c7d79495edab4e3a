import { LoanPaymentMissedV1, type LoanPaymentMissedV1Data } from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { TestPlatform, eventRecord, eventually, type TestService } from '@crm/testing';
import { DispatchNotificationsJob } from '../src/api/jobs/dispatch-notifications.job';
import { notificationsService } from '../src/notifications.service';
import {
  FakeProvider,
  customerKnownToNotifications,
  dispatchWhenTriggered,
  providersSetting,
} from './delivery-support';

describe('exactly once: redelivered events, two replicas, a crash mid-send', () => {
  let platform: TestPlatform;
  let first: TestService;
  let second: TestService;
  let sms: FakeProvider;
  const clock = new AdjustableClock('2026-05-04T10:00:00Z');

  const missed = (customerId: string): LoanPaymentMissedV1Data => ({
    loanId: newId(),
    customerId,
    currency: 'EUR',
    installmentNumber: 1,
    dueDate: '2026-05-01',
    amountOverdue: '75.00',
    daysPastDue: 3,
    businessDate: '2026-05-04',
  });

  const requestsTo = (phone: string) => sms.requests.filter((r) => r.body.to === phone);

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'notifications-exactly-once');
    sms = await FakeProvider.start('sms-only');
    const env = {
      SCHEDULER_INTERVAL_MS: '0',
      DISPATCH_INTERVAL_MS: '0',
      DISPATCH_BATCH_SIZE: '5',
      NOTIFICATION_PROVIDERS: providersSetting({ name: 'sms-only', url: sms.url, channels: ['sms'] }),
    };
    first = await platform.start(notificationsService, { clock, env });
    second = await platform.start(notificationsService, { clock, env, replicaOf: first });
  });

  afterAll(async () => {
    await platform.close();
    await sms.close();
  });

  it('sends a redelivered event once', async () => {
    const phone = '+34600000001';
    const customerId = await customerKnownToNotifications(platform, first, clock, {
      preferredChannels: ['sms'],
      contactPoints: { phone },
    });
    const { event, record } = eventRecord(LoanPaymentMissedV1, customerId, missed(customerId), {
      topicPrefix: platform.topicPrefix,
    });
    // A later event on the same partition: once it is handled, the duplicate before it was too.
    const sentinel = eventRecord(LoanPaymentMissedV1, customerId, missed(customerId), {
      topicPrefix: platform.topicPrefix,
    });
    await platform.produce([record]);
    await platform.produce([record, sentinel.record]);
    await dispatchWhenTriggered(first, sentinel.event.id);
    await second.app.get(DispatchNotificationsJob).run();
    expect(
      await first.sql(`SELECT id FROM notifications WHERE source_event_id = $1`, [event.id]),
    ).toHaveLength(1);
    expect(new Set(requestsTo(phone).map((r) => r.headers['idempotency-key'])).size).toBe(2);
    expect(requestsTo(phone)).toHaveLength(2);
  });

  it('sends each message once when two replicas dispatch at the same moment', async () => {
    const phone = '+34600000002';
    const customerId = await customerKnownToNotifications(platform, first, clock, {
      preferredChannels: ['sms'],
      contactPoints: { phone },
    });
    const events = Array.from({ length: 24 }, () =>
      eventRecord(LoanPaymentMissedV1, customerId, missed(customerId), { topicPrefix: platform.topicPrefix }),
    );
    await platform.produce(events.map((e) => e.record));
    await eventually(async () => {
      const rows = await first.sql(
        `SELECT 1 FROM notifications WHERE customer_id = $1 AND workflow = 'payment-missed'`,
        [customerId],
      );
      expect(rows).toHaveLength(24);
    });

    const [handledByFirst, handledBySecond] = await Promise.all([
      first.app.get(DispatchNotificationsJob).run(),
      second.app.get(DispatchNotificationsJob).run(),
    ]);
    expect(handledByFirst + handledBySecond).toBeGreaterThanOrEqual(24);

    const keys = requestsTo(phone).map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(24);
    expect(new Set(keys).size).toBe(24);
    const statuses = await first.sql<{ status: string; count: string }>(
      `SELECT status, count(*) FROM notifications WHERE customer_id = $1 AND workflow = 'payment-missed' GROUP BY status`,
      [customerId],
    );
    expect(statuses).toEqual([{ status: 'sent', count: '24' }]);
  });

  it('re-sends under the same idempotency key after a replica died between sending and recording', async () => {
    const phone = '+34600000003';
    const customerId = await customerKnownToNotifications(platform, first, clock, {
      preferredChannels: ['sms'],
      contactPoints: { phone },
    });
    const { event, record } = eventRecord(LoanPaymentMissedV1, customerId, missed(customerId), {
      topicPrefix: platform.topicPrefix,
    });
    await platform.produce([record]);
    await dispatchWhenTriggered(first, event.id);
    const distinctBefore = sms.distinctMessages;
    // The state a crash after the provider call and before the outcome's commit leaves behind.
    await first.sql(
      `UPDATE notifications SET status = 'sending', lease_until = $2 WHERE source_event_id = $1`,
      [event.id, new Date(clock.now().getTime() - 1000)],
    );
    await first.sql(
      `UPDATE notification_deliveries SET status = 'sending' WHERE notification_id IN
         (SELECT id FROM notifications WHERE source_event_id = $1)`,
      [event.id],
    );
    await second.app.get(DispatchNotificationsJob).run();

    const requests = requestsTo(phone);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers['idempotency-key']).toBe(requests[0]?.headers['idempotency-key']);
    expect(sms.distinctMessages).toBe(distinctBefore);
    const [notification] = await first.sql(`SELECT status FROM notifications WHERE source_event_id = $1`, [
      event.id,
    ]);
    expect(notification?.status).toBe('sent');
  });
});
