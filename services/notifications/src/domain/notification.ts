import { createHash } from 'node:crypto';
import type { NotificationChannel, NotificationPurpose } from '@crm/contracts';
import type { TemplateParams } from './workflow';

export const NOTIFICATION_STATUSES = [
  'scheduled',
  'deferred',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'skipped',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** One message a workflow owes a customer (or staff), from its trigger to its last delivery. */
export interface Notification {
  id: string;
  customerId: string;
  workflow: string;
  purpose: NotificationPurpose;
  /** `<source event id>:<workflow>` or `direct:<id>`: unique, so a replayed trigger adds nothing. */
  triggerKey: string;
  sourceEventId?: string;
  loanId?: string;
  team?: string;
  params: TemplateParams;
  status: NotificationStatus;
  reason?: string;
  scheduledFor: Date;
  stepIndex: number;
  channel?: NotificationChannel;
  locale?: string;
  digestCount: number;
  createdAt: Date;
}

export interface ProviderAttempt {
  provider: string;
  outcome: 'accepted' | 'failed';
  error?: string;
  at: string;
}

export type DeliveryStatus = 'sending' | 'sent' | 'delivered' | 'read' | 'failed';

/** One try on one channel of one step, identified by its message key. */
export interface Delivery {
  messageKey: string;
  notificationId: string;
  stepIndex: number;
  channel: NotificationChannel;
  status: DeliveryStatus;
  provider?: string;
  providerMessageId?: string;
  attempts: ProviderAttempt[];
  error?: string;
  sentAt?: Date;
  createdAt: Date;
}

/**
 * The deterministic key of a message: the same trigger, workflow, step and channel always give the same
 * key, which is the delivery's primary key and the provider's idempotency key.
 */
export function messageKeyOf(
  triggerKey: string,
  workflow: string,
  stepIndex: number,
  channel: NotificationChannel,
): string {
  return createHash('sha256')
    .update(`${triggerKey}\u0000${workflow}\u0000${stepIndex}\u0000${channel}`)
    .digest('base64url');
}

/** A provider's receipt status, normalised; unknown statuses are ignored (undefined). */
export function normaliseReceiptStatus(raw: string): Exclude<DeliveryStatus, 'sending'> | undefined {
  const status = raw.trim().toLowerCase();
  if (['sent', 'accepted', 'queued', 'submitted', 'enroute'].includes(status)) return 'sent';
  if (['delivered', 'delivrd', 'delivery_confirmed'].includes(status)) return 'delivered';
  if (['read', 'opened', 'seen'].includes(status)) return 'read';
  if (['failed', 'undelivered', 'undeliv', 'rejected', 'expired', 'bounced', 'bounce'].includes(status))
    return 'failed';
  return undefined;
}

/** Channels the bank itself delivers in its own database: exactly once with no provider involved. */
export function isLocalChannel(channel: NotificationChannel): boolean {
  return channel === 'in-app' || channel === 'staff-task' || channel === 'letter';
}
