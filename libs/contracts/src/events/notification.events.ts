import { defineEvent } from '../event-definition';
import { s } from '../schema';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_PURPOSES,
  type NotificationChannel,
  type NotificationPurpose,
} from '../vocabulary';

interface NotificationEventBase {
  notificationId: string;
  customerId: string;
  workflow: string;
  purpose: NotificationPurpose;
  channel: NotificationChannel;
  /** The locale of the text actually sent (after fallback). */
  locale: string;
  /** The event that triggered it, when one did. */
  sourceEventId?: string;
}
const base = {
  notificationId: s.uuid(),
  customerId: s.uuid(),
  workflow: s.text(80),
  purpose: s.oneOf(NOTIFICATION_PURPOSES),
  channel: s.oneOf(NOTIFICATION_CHANNELS),
  locale: s.locale(),
  sourceEventId: s.text(100),
};
const baseRequired = ['notificationId', 'customerId', 'workflow', 'purpose', 'channel', 'locale'];
const baseExample: NotificationEventBase = {
  notificationId: '0192f0c2-7b1e-7cc1-8a3e-000000000010',
  customerId: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
  workflow: 'payment-due-reminder',
  purpose: 'service',
  channel: 'sms',
  locale: 'es',
};

export interface NotificationSentV1Data extends NotificationEventBase {
  sentAt: string;
}

export const NotificationSentV1 = defineEvent<NotificationSentV1Data>({
  type: 'crm.notification.sent.v1',
  producers: ['notifications'],
  summary: 'A message was handed to a provider (or put in the inbox, or a staff task created).',
  dataSchema: s.object([...baseRequired, 'sentAt'], { ...base, sentAt: s.instant() }),
  example: { ...baseExample, sentAt: '2026-03-27T15:00:00.000Z' },
});

export interface NotificationDeliveredV1Data extends NotificationEventBase {
  deliveredAt: string;
}

export const NotificationDeliveredV1 = defineEvent<NotificationDeliveredV1Data>({
  type: 'crm.notification.delivered.v1',
  producers: ['notifications'],
  summary: 'A provider confirmed delivery of a message.',
  dataSchema: s.object([...baseRequired, 'deliveredAt'], { ...base, deliveredAt: s.instant() }),
  example: { ...baseExample, deliveredAt: '2026-03-27T15:00:04.000Z' },
});

export interface NotificationFailedV1Data extends NotificationEventBase {
  /** A code, e.g. `PROVIDER_REJECTED`, `ALL_CHANNELS_EXHAUSTED`. */
  reason: string;
  failedAt: string;
}

export const NotificationFailedV1 = defineEvent<NotificationFailedV1Data>({
  type: 'crm.notification.failed.v1',
  producers: ['notifications'],
  summary: 'A message could not be delivered on any permitted channel.',
  dataSchema: s.object([...baseRequired, 'reason', 'failedAt'], {
    ...base,
    reason: s.text(80),
    failedAt: s.instant(),
  }),
  example: { ...baseExample, reason: 'ALL_CHANNELS_EXHAUSTED', failedAt: '2026-03-27T16:00:00.000Z' },
});
