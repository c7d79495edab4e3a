import type { NotificationChannel } from '@crm/contracts';
import type {
  Delivery,
  DeliveryStatus,
  Notification,
  NotificationStatus,
  ProviderAttempt,
} from '../domain/notification';

export interface NewNotification extends Notification {
  sourceEventTime?: Date;
}

export interface NewDelivery {
  messageKey: string;
  notificationId: string;
  stepIndex: number;
  channel: NotificationChannel;
  status: 'sending' | 'sent';
  address?: string;
  subject: string;
  body: string;
  locale: string;
  direction: 'ltr' | 'rtl';
  provider?: string;
  sentAt?: Date;
}

export interface PendingDelivery extends NewDelivery {
  /** The notification it belongs to. */
  notification: Notification;
}

export interface NotificationPosition {
  createdAt: Date;
  id: string;
}

export interface NotificationWithDeliveries extends Notification {
  deliveries: Delivery[];
  updatedAt: Date;
}

export abstract class NotificationRepository {
  /** False when a notification with the same trigger key exists (a replayed trigger). */
  abstract create(notification: NewNotification): Promise<boolean>;
  /** The message of a digest workflow still waiting for the customer, created since `since`. */
  abstract findDigestTarget(customerId: string, workflow: string, since: Date): Promise<string | undefined>;
  abstract addToDigest(id: string, params: Notification['params']): Promise<void>;
  /**
   * Locks due messages (scheduled or deferred up to `now`, or sending with an expired lease) with
   * `FOR UPDATE SKIP LOCKED`: each is claimed by one replica only.
   */
  abstract claimDue(now: Date, limit: number): Promise<Notification[]>;
  /** Locks sent messages whose step timed out without a receipt (`FOR UPDATE SKIP LOCKED`). */
  abstract claimTimedOut(now: Date, limit: number): Promise<Notification[]>;
  abstract get(id: string): Promise<NotificationWithDeliveries | undefined>;
  abstract listForCustomer(
    customerId: string,
    limit: number,
    before?: NotificationPosition,
  ): Promise<Notification[]>;
  abstract setStatus(
    id: string,
    status: NotificationStatus,
    now: Date,
    changes?: { reason?: string | null; scheduledFor?: Date; stepIndex?: number },
  ): Promise<void>;
  /** Records the delivery (its key is unique) and marks the notification as sending or sent. */
  abstract startDelivery(
    delivery: NewDelivery,
    now: Date,
    leaseUntil?: Date,
    stepDeadline?: Date,
  ): Promise<void>;
  abstract pendingDelivery(notificationId: string): Promise<PendingDelivery | undefined>;
  abstract recordSent(
    messageKey: string,
    outcome: { provider: string; providerMessageId?: string; attempts: ProviderAttempt[] },
    now: Date,
    stepDeadline?: Date,
  ): Promise<boolean>;
  abstract recordDeliveryFailed(
    messageKey: string,
    attempts: ProviderAttempt[],
    error: string,
    now: Date,
  ): Promise<boolean>;
  abstract findDelivery(
    by: { provider: string; providerMessageId: string } | { messageKey: string },
  ): Promise<Delivery | undefined>;
  abstract setDeliveryStatus(
    messageKey: string,
    status: DeliveryStatus,
    now: Date,
    error?: string,
  ): Promise<void>;
  /** When collections contacts about a loan were made since `since` (the Regulation F cap). */
  abstract loanContactsSince(loanId: string, since: Date): Promise<Date[]>;
  abstract sentCountSince(customerId: string, workflow: string, since: Date): Promise<number>;
  /** Removes rendered content, addresses and parameters; keeps the delivery metadata. */
  abstract eraseContent(customerId: string): Promise<number>;
}
