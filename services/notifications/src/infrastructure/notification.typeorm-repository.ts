import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationChannel, NotificationPurpose } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { changedRows } from './sql';
import {
  NotificationRepository,
  type NewDelivery,
  type NewNotification,
  type NotificationPosition,
  type NotificationWithDeliveries,
  type PendingDelivery,
} from '../application/notification.repository';
import type {
  Delivery,
  DeliveryStatus,
  Notification,
  NotificationStatus,
  ProviderAttempt,
} from '../domain/notification';
import type { TemplateParams } from '../domain/workflow';

interface NotificationRow {
  id: string;
  customer_id: string;
  workflow: string;
  purpose: NotificationPurpose;
  trigger_key: string;
  source_event_id: string | null;
  loan_id: string | null;
  team: string | null;
  params: TemplateParams | null;
  status: NotificationStatus;
  reason: string | null;
  scheduled_for: Date;
  step_index: number;
  channel: NotificationChannel | null;
  locale: string | null;
  digest_count: number;
  created_at: Date;
  updated_at: Date;
}

interface DeliveryRow {
  message_key: string;
  notification_id: string;
  step_index: number;
  channel: NotificationChannel;
  status: DeliveryStatus;
  provider: string | null;
  provider_message_id: string | null;
  address: string | null;
  subject: string | null;
  body: string | null;
  locale: string;
  direction: 'ltr' | 'rtl';
  attempts: ProviderAttempt[];
  error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    customerId: row.customer_id,
    workflow: row.workflow,
    purpose: row.purpose,
    triggerKey: row.trigger_key,
    sourceEventId: row.source_event_id ?? undefined,
    loanId: row.loan_id ?? undefined,
    team: row.team ?? undefined,
    params: row.params ?? {},
    status: row.status,
    reason: row.reason ?? undefined,
    scheduledFor: new Date(row.scheduled_for),
    stepIndex: row.step_index,
    channel: row.channel ?? undefined,
    locale: row.locale ?? undefined,
    digestCount: row.digest_count,
    createdAt: new Date(row.created_at),
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    messageKey: row.message_key,
    notificationId: row.notification_id,
    stepIndex: row.step_index,
    channel: row.channel,
    status: row.status,
    provider: row.provider ?? undefined,
    providerMessageId: row.provider_message_id ?? undefined,
    attempts: row.attempts,
    error: row.error ?? undefined,
    sentAt: row.sent_at ? new Date(row.sent_at) : undefined,
    createdAt: new Date(row.created_at),
  };
}

@Injectable()
export class NotificationTypeOrmRepository extends NotificationRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T = unknown>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters);
  }

  private changed<T = unknown>(sql: string, parameters: unknown[]): Promise<T[]> {
    return changedRows<T>(activeManager(this.dataSource), sql, parameters);
  }

  async create(n: NewNotification): Promise<boolean> {
    const inserted = await this.query(
      `INSERT INTO notifications (id, customer_id, workflow, purpose, trigger_key, source_event_id, source_event_time,
         loan_id, team, params, status, scheduled_for, step_index, digest_count, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
       ON CONFLICT (trigger_key) DO NOTHING RETURNING id`,
      [
        n.id,
        n.customerId,
        n.workflow,
        n.purpose,
        n.triggerKey,
        n.sourceEventId ?? null,
        n.sourceEventTime ?? null,
        n.loanId ?? null,
        n.team ?? null,
        JSON.stringify(n.params),
        n.status,
        n.scheduledFor,
        n.stepIndex,
        n.digestCount,
        n.createdAt,
      ],
    );
    return inserted.length > 0;
  }

  async findDigestTarget(customerId: string, workflow: string, since: Date): Promise<string | undefined> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM notifications WHERE customer_id = $1 AND workflow = $2 AND status = 'scheduled'
         AND created_at >= $3 ORDER BY created_at LIMIT 1 FOR UPDATE`,
      [customerId, workflow, since],
    );
    return rows[0]?.id;
  }

  async addToDigest(id: string, params: TemplateParams): Promise<void> {
    await this.query(`UPDATE notifications SET digest_count = digest_count + 1, params = $2 WHERE id = $1`, [
      id,
      JSON.stringify(params),
    ]);
  }

  async claimDue(now: Date, limit: number): Promise<Notification[]> {
    // SKIP LOCKED: replicas take disjoint batches; the claim holds until the batch's transaction ends.
    // Two queries, each matching its partial index exactly (an OR of both would scan the table).
    const expired = await this.query<NotificationRow>(
      `SELECT * FROM notifications WHERE status = 'sending' AND lease_until <= $1
        ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    const due = await this.query<NotificationRow>(
      `SELECT * FROM notifications WHERE status IN ('scheduled', 'deferred') AND scheduled_for <= $1
        ORDER BY scheduled_for LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit - expired.length],
    );
    return [...expired, ...due].map(toNotification);
  }

  async claimTimedOut(now: Date, limit: number): Promise<Notification[]> {
    const rows = await this.query<NotificationRow>(
      `SELECT * FROM notifications WHERE status = 'sent' AND step_deadline <= $1
        ORDER BY step_deadline LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(toNotification);
  }

  async get(id: string): Promise<NotificationWithDeliveries | undefined> {
    const [row] = await this.query<NotificationRow>(`SELECT * FROM notifications WHERE id = $1`, [id]);
    if (!row) return undefined;
    const deliveries = await this.query<DeliveryRow>(
      `SELECT * FROM notification_deliveries WHERE notification_id = $1 ORDER BY created_at, step_index`,
      [id],
    );
    return {
      ...toNotification(row),
      updatedAt: new Date(row.updated_at),
      deliveries: deliveries.map(toDelivery),
    };
  }

  async listForCustomer(
    customerId: string,
    limit: number,
    before?: NotificationPosition,
  ): Promise<Notification[]> {
    const rows = await this.query<NotificationRow>(
      `SELECT * FROM notifications WHERE customer_id = $1
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [customerId, before?.createdAt ?? null, before?.id ?? null, limit],
    );
    return rows.map(toNotification);
  }

  async setStatus(
    id: string,
    status: NotificationStatus,
    now: Date,
    changes: { reason?: string | null; scheduledFor?: Date; stepIndex?: number } = {},
  ): Promise<void> {
    await this.query(
      `UPDATE notifications SET status = $2, updated_at = $3,
         reason = CASE WHEN $4::boolean THEN $5 ELSE reason END,
         scheduled_for = COALESCE($6, scheduled_for), step_index = COALESCE($7, step_index),
         lease_until = NULL, step_deadline = NULL
       WHERE id = $1`,
      [
        id,
        status,
        now,
        changes.reason !== undefined,
        changes.reason ?? null,
        changes.scheduledFor ?? null,
        changes.stepIndex ?? null,
      ],
    );
  }

  async startDelivery(
    delivery: NewDelivery,
    now: Date,
    leaseUntil?: Date,
    stepDeadline?: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO notification_deliveries (message_key, notification_id, step_index, channel, status, provider, address,
         subject, body, locale, direction, created_at, sent_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $12)
       ON CONFLICT (message_key) DO NOTHING`,
      [
        delivery.messageKey,
        delivery.notificationId,
        delivery.stepIndex,
        delivery.channel,
        delivery.status,
        delivery.provider ?? null,
        delivery.address ?? null,
        delivery.subject,
        delivery.body,
        delivery.locale,
        delivery.direction,
        now,
        delivery.sentAt ?? null,
      ],
    );
    await this.query(
      `UPDATE notifications SET status = $2, channel = $3, step_index = $4, locale = $5, lease_until = $6,
         step_deadline = $7, reason = NULL, updated_at = $8 WHERE id = $1`,
      [
        delivery.notificationId,
        delivery.status,
        delivery.channel,
        delivery.stepIndex,
        delivery.locale,
        leaseUntil ?? null,
        stepDeadline ?? null,
        now,
      ],
    );
  }

  async pendingDelivery(notificationId: string): Promise<PendingDelivery | undefined> {
    const [row] = await this.query<DeliveryRow>(
      `SELECT d.* FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.notification_id = $1 AND d.status = 'sending' AND d.step_index = n.step_index AND d.channel = n.channel`,
      [notificationId],
    );
    const [notification] = await this.query<NotificationRow>(`SELECT * FROM notifications WHERE id = $1`, [
      notificationId,
    ]);
    if (!row || !notification) return undefined;
    return {
      messageKey: row.message_key,
      notificationId: row.notification_id,
      stepIndex: row.step_index,
      channel: row.channel,
      status: 'sending',
      address: row.address ?? undefined,
      subject: row.subject ?? '',
      body: row.body ?? '',
      locale: row.locale,
      direction: row.direction,
      notification: toNotification(notification),
    };
  }

  async recordSent(
    messageKey: string,
    outcome: { provider: string; providerMessageId?: string; attempts: ProviderAttempt[] },
    now: Date,
    stepDeadline?: Date,
  ): Promise<boolean> {
    const updated = await this.changed<{ notification_id: string }>(
      `UPDATE notification_deliveries SET status = 'sent', provider = $2, provider_message_id = $3,
         attempts = attempts || $4::jsonb, sent_at = $5, updated_at = $5
       WHERE message_key = $1 AND status = 'sending' RETURNING notification_id`,
      [
        messageKey,
        outcome.provider,
        outcome.providerMessageId ?? null,
        JSON.stringify(outcome.attempts),
        now,
      ],
    );
    const notificationId = updated[0]?.notification_id;
    if (!notificationId) return false;
    await this.query(
      `UPDATE notifications SET status = 'sent', lease_until = NULL, step_deadline = $2, updated_at = $3
       WHERE id = $1 AND status = 'sending'`,
      [notificationId, stepDeadline ?? null, now],
    );
    return true;
  }

  async recordDeliveryFailed(
    messageKey: string,
    attempts: ProviderAttempt[],
    error: string,
    now: Date,
  ): Promise<boolean> {
    const updated = await this.changed(
      `UPDATE notification_deliveries SET status = 'failed', attempts = attempts || $2::jsonb, error = $3, updated_at = $4
       WHERE message_key = $1 AND status = 'sending' RETURNING message_key`,
      [messageKey, JSON.stringify(attempts), error, now],
    );
    return updated.length > 0;
  }

  async findDelivery(
    by: { provider: string; providerMessageId: string } | { messageKey: string },
  ): Promise<Delivery | undefined> {
    const rows =
      'messageKey' in by
        ? await this.query<DeliveryRow>(
            `SELECT * FROM notification_deliveries WHERE message_key = $1 FOR UPDATE`,
            [by.messageKey],
          )
        : await this.query<DeliveryRow>(
            `SELECT * FROM notification_deliveries WHERE provider = $1 AND provider_message_id = $2 FOR UPDATE`,
            [by.provider, by.providerMessageId],
          );
    return rows[0] ? toDelivery(rows[0]) : undefined;
  }

  async setDeliveryStatus(
    messageKey: string,
    status: DeliveryStatus,
    now: Date,
    error?: string,
  ): Promise<void> {
    await this.query(
      `UPDATE notification_deliveries SET status = $2, error = COALESCE($3, error), updated_at = $4 WHERE message_key = $1`,
      [messageKey, status, error ?? null, now],
    );
  }

  async loanContactsSince(loanId: string, since: Date): Promise<Date[]> {
    // Messages still being sent count too: a batch must not pass the cap before its outcomes return.
    const rows = await this.query<{ at: Date }>(
      `SELECT COALESCE(d.sent_at, d.created_at) AS at FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id
        WHERE n.loan_id = $1 AND n.purpose = 'collections' AND COALESCE(d.sent_at, d.created_at) >= $2
          AND d.status <> 'failed'`,
      [loanId, since],
    );
    return rows.map((r) => new Date(r.at));
  }

  async sentCountSince(customerId: string, workflow: string, since: Date): Promise<number> {
    const [row] = await this.query<{ count: string }>(
      `SELECT count(*) FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.customer_id = $1 AND n.workflow = $2 AND COALESCE(d.sent_at, d.created_at) >= $3
          AND d.status <> 'failed'`,
      [customerId, workflow, since],
    );
    return Number(row?.count ?? 0);
  }

  async eraseContent(customerId: string): Promise<number> {
    const erased = await this.changed(
      `UPDATE notification_deliveries d SET subject = NULL, body = NULL, address = NULL
         FROM notifications n WHERE n.id = d.notification_id AND n.customer_id = $1 RETURNING d.message_key`,
      [customerId],
    );
    await this.query(`UPDATE notifications SET params = NULL WHERE customer_id = $1`, [customerId]);
    return erased.length;
  }
}
