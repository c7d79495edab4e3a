import { Injectable, Logger } from '@nestjs/common';
import {
  NotificationFailedV1,
  NotificationSentV1,
  type NotificationChannel,
  type NotificationPurpose,
} from '@crm/contracts';
import { Clock, DomainError, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { hasLaterStep, type ChannelChoice } from '../../domain/channel-choice';
import { decideDispatch } from '../../domain/dispatch-policy';
import { legalFloorFor } from '../../domain/legal-contact-rules';
import { isLocalChannel, messageKeyOf, type Notification } from '../../domain/notification';
import { addressFor } from '../../domain/recipient';
import type { Workflow } from '../../domain/workflow';
import { NotificationsSettings } from '../../notifications.settings';
import { ChannelGateway, type OutboundMessage, type SendOutcome } from '../channel-gateway';
import { MailboxRepository } from '../mailbox.repository';
import { NotificationRepository, type NewDelivery } from '../notification.repository';
import { RecipientRepository, type StoredRecipient } from '../recipient.repository';
import { TemplateRenderer, type RenderedMessage } from '../templates/template-renderer';
import { WorkflowCatalog } from '../workflows/workflow-catalog';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Sends in flight at once per replica: providers answer in parallel, the database stays calm. */
const SEND_CONCURRENCY = 16;

interface Outbound {
  message: OutboundMessage;
  notification: Notification;
  stepIndex: number;
}

/**
 * Sends what is due, exactly once per message key:
 * 1. in one transaction, claim due messages (`FOR UPDATE SKIP LOCKED`, so replicas never share one),
 *    decide each (send / defer / skip), render it, and record the delivery under its deterministic key
 *    — in-app messages and staff tasks are written right there, in the same transaction;
 * 2. outside any transaction, hand provider messages to their providers with the key as idempotency key;
 * 3. record each outcome in its own transaction, with its event (outbox).
 * A replica that dies between 1 and 3 leaves the message `sending` with a lease; when the lease runs
 * out another replica re-sends it under the same key, which the provider deduplicates (SMTP cannot: see
 * the README).
 */
@Injectable()
export class DispatchNotificationsUseCase {
  private readonly logger = new Logger('dispatch');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientRepository,
    private readonly mailbox: MailboxRepository,
    private readonly catalog: WorkflowCatalog,
    private readonly renderer: TemplateRenderer,
    private readonly gateway: ChannelGateway,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly settings: NotificationsSettings,
  ) {}

  /**
   * Dispatches batches until nothing is due; returns how many messages it handled. Several workers
   * claim at once (each its own transaction, SKIP LOCKED keeps their batches apart), so the database's
   * round trips overlap instead of queueing behind one connection.
   */
  async execute(): Promise<number> {
    const workers = Array.from({ length: this.settings.DISPATCH_CONCURRENCY }, async () => {
      let handled = 0;
      for (;;) {
        const batch = await this.dispatchBatch();
        handled += batch;
        if (batch === 0) return handled;
      }
    });
    return (await Promise.all(workers)).reduce((sum, handled) => sum + handled, 0);
  }

  private async dispatchBatch(): Promise<number> {
    const now = this.clock.now();
    const outbound: Outbound[] = [];
    const claimed = await this.transactions.run(async () => {
      const due = await this.notifications.claimDue(now, this.settings.DISPATCH_BATCH_SIZE);
      if (due.length === 0) return 0;
      const recipients = await this.recipients.getMany([...new Set(due.map((n) => n.customerId))]);
      for (const notification of due) {
        const prepared = await this.prepare(notification, recipients.get(notification.customerId), now);
        if (prepared) outbound.push(prepared);
      }
      return due.length;
    });
    for (let i = 0; i < outbound.length; i += SEND_CONCURRENCY) {
      await Promise.all(outbound.slice(i, i + SEND_CONCURRENCY).map((item) => this.send(item)));
    }
    return claimed;
  }

  private async prepare(
    notification: Notification,
    recipient: StoredRecipient | undefined,
    now: Date,
  ): Promise<Outbound | undefined> {
    if (notification.status === 'sending') {
      // A lease ran out: the replica that claimed it died mid-send. Same delivery, same key.
      const pending = await this.notifications.pendingDelivery(notification.id);
      if (!pending?.address) return undefined;
      await this.notifications.startDelivery(pending, now, this.leaseUntil(now));
      return {
        message: { ...pending, to: pending.address },
        notification,
        stepIndex: pending.stepIndex,
      };
    }
    const workflow = this.catalog.find(notification.workflow);
    if (!workflow)
      return this.fail(notification, 'WORKFLOW_NOT_FOUND', now, notification.channel ?? 'in-app');
    if (recipient?.isErased) {
      await this.notifications.setStatus(notification.id, 'skipped', now, { reason: 'CUSTOMER_ERASED' });
      return undefined;
    }
    const decision = decideDispatch({
      now,
      workflow,
      notification,
      recipient,
      recentLoanContacts: await this.recentLoanContacts(notification, recipient, now),
      sentInThrottleWindow: workflow.throttle
        ? await this.notifications.sentCountSince(
            notification.customerId,
            workflow.name,
            new Date(now.getTime() - workflow.throttle.perHours * 60 * MINUTE),
          )
        : 0,
      defaultContactHours: this.defaultContactHours(),
      awaitPreferencesMinutes: this.settings.AWAIT_PREFERENCES_MINUTES,
    });
    if (decision.kind === 'skip') {
      await this.notifications.setStatus(notification.id, 'skipped', now, { reason: decision.reason });
      return undefined;
    }
    if (decision.kind === 'defer') {
      await this.notifications.setStatus(notification.id, 'deferred', now, {
        reason: decision.reason,
        scheduledFor: decision.until,
      });
      return undefined;
    }
    return this.deliver(notification, workflow, decision, recipient, now);
  }

  private async deliver(
    notification: Notification,
    workflow: Workflow,
    choice: ChannelChoice,
    recipient: StoredRecipient | undefined,
    now: Date,
  ): Promise<Outbound | undefined> {
    const forStaff = workflow.audience === 'staff';
    let rendered: RenderedMessage;
    try {
      rendered = await this.renderer.render({
        templateKey: workflow.templateKey,
        locale: forStaff || !recipient ? this.settings.STAFF_LOCALE : recipient.locale,
        communicationStyle: forStaff ? undefined : recipient?.communicationStyle,
        purpose: workflow.purpose,
        recipient: {
          addressAs: forStaff ? undefined : recipient?.addressAs,
          timeZone: forStaff || !recipient ? this.settings.STAFF_TIME_ZONE : recipient.timeZone,
        },
        params: {
          ...notification.params,
          ...(notification.digestCount > 1 ? { digestCount: notification.digestCount } : {}),
          ...(!forStaff && recipient?.adjustments.includes('simpler-language')
            ? { simplerLanguage: true }
            : {}),
        },
      });
    } catch (error) {
      if (error instanceof DomainError && error.code.startsWith('TEMPLATE_'))
        return this.fail(notification, error.code, now, choice.channel, recipient?.locale);
      throw error;
    }
    const delivery: NewDelivery = {
      messageKey: messageKeyOf(
        notification.triggerKey,
        notification.workflow,
        choice.stepIndex,
        choice.channel,
      ),
      notificationId: notification.id,
      stepIndex: choice.stepIndex,
      channel: choice.channel,
      status: isLocalChannel(choice.channel) ? 'sent' : 'sending',
      address: recipient ? addressFor(recipient, choice.channel) : undefined,
      subject: rendered.subject,
      body: rendered.body,
      locale: rendered.locale,
      direction: rendered.direction,
      ...(isLocalChannel(choice.channel) ? { provider: 'bank', sentAt: now } : {}),
    };
    if (!isLocalChannel(choice.channel)) {
      await this.notifications.startDelivery(delivery, now, this.leaseUntil(now));
      return {
        message: { ...delivery, to: delivery.address ?? '' },
        notification: { ...notification, locale: rendered.locale, channel: choice.channel },
        stepIndex: choice.stepIndex,
      };
    }
    await this.writeLocally(notification, choice, delivery, now);
    await this.notifications.startDelivery(
      delivery,
      now,
      undefined,
      this.stepDeadline(workflow, choice, now),
    );
    await this.publishSent({ ...notification, locale: rendered.locale, channel: choice.channel }, now);
    if (!forStaff && recipient?.adjustments.includes('trusted-third-party')) {
      // FG21/1: the customer asked that someone they trust gets a copy; staff send it on.
      await this.mailbox.addStaffTask({
        id: newId(),
        team: 'customer-care',
        kind: 'review',
        customerId: notification.customerId,
        notificationId: notification.id,
        messageKey: `${delivery.messageKey}:trusted-third-party`,
        subject: `Copy for the trusted third party: ${delivery.subject}`,
        body: delivery.body,
        createdAt: now,
      });
    }
    return undefined;
  }

  private async writeLocally(
    notification: Notification,
    choice: ChannelChoice,
    delivery: NewDelivery,
    now: Date,
  ): Promise<void> {
    if (choice.channel === 'in-app') {
      await this.mailbox.addInboxMessage({
        id: newId(),
        customerId: notification.customerId,
        notificationId: notification.id,
        messageKey: delivery.messageKey,
        subject: delivery.subject,
        body: delivery.body,
        locale: delivery.locale,
        direction: delivery.direction,
        createdAt: now,
      });
      return;
    }
    await this.mailbox.addStaffTask({
      id: newId(),
      team: notification.team ?? choice.team ?? (choice.channel === 'letter' ? 'letters' : 'branch'),
      kind: choice.task ?? (choice.channel === 'letter' ? 'letter' : 'review'),
      customerId: notification.customerId,
      notificationId: notification.id,
      messageKey: delivery.messageKey,
      subject: delivery.subject,
      body:
        choice.channel === 'letter' && delivery.address
          ? `${delivery.address}\n\n${delivery.body}`
          : delivery.body,
      createdAt: now,
    });
  }

  private async send(item: Outbound): Promise<void> {
    let outcome: SendOutcome;
    try {
      outcome = await this.gateway.send(item.message);
    } catch (error) {
      outcome = { accepted: false, error: 'PROVIDER_ERROR', attempts: [] };
      this.logger.warn(`sending ${item.message.messageKey} failed: ${(error as Error).message}`);
    }
    const now = this.clock.now();
    await this.transactions.run(async () => {
      const workflow = this.catalog.find(item.notification.workflow);
      if (outcome.accepted) {
        const choice = { stepIndex: item.stepIndex, channel: item.message.channel };
        const recorded = await this.notifications.recordSent(
          item.message.messageKey,
          outcome,
          now,
          workflow ? this.stepDeadline(workflow, choice, now) : undefined,
        );
        if (recorded) await this.publishSent(item.notification, now);
        return;
      }
      const recorded = await this.notifications.recordDeliveryFailed(
        item.message.messageKey,
        outcome.attempts,
        outcome.error,
        now,
      );
      if (!recorded) return;
      if (workflow && hasLaterStep(workflow, item.stepIndex)) {
        // Every provider of the channel failed: the next step's channel, now.
        await this.notifications.setStatus(item.notification.id, 'scheduled', now, {
          stepIndex: item.stepIndex + 1,
          scheduledFor: now,
          reason: outcome.error,
        });
        return;
      }
      await this.fail(
        item.notification,
        'ALL_CHANNELS_EXHAUSTED',
        now,
        item.message.channel,
        item.message.locale,
      );
    });
  }

  private async fail(
    notification: Notification,
    reason: string,
    now: Date,
    channel: NotificationChannel,
    locale = this.settings.STAFF_LOCALE,
  ): Promise<undefined> {
    await this.notifications.setStatus(notification.id, 'failed', now, { reason });
    await this.publisher.publish(
      newEvent(NotificationFailedV1, notification.customerId, {
        ...this.eventBase(notification, channel, notification.locale ?? locale),
        reason,
        failedAt: now.toISOString(),
      }),
    );
    return undefined;
  }

  private publishSent(notification: Notification, now: Date) {
    return this.publisher.publish(
      newEvent(NotificationSentV1, notification.customerId, {
        ...this.eventBase(notification, notification.channel ?? 'in-app', notification.locale ?? 'en'),
        sentAt: now.toISOString(),
      }),
    );
  }

  private eventBase(notification: Notification, channel: NotificationChannel, locale: string) {
    return {
      notificationId: notification.id,
      customerId: notification.customerId,
      workflow: notification.workflow,
      purpose: notification.purpose as NotificationPurpose,
      channel,
      locale,
      ...(notification.sourceEventId ? { sourceEventId: notification.sourceEventId } : {}),
    };
  }

  private async recentLoanContacts(
    notification: Notification,
    recipient: StoredRecipient | undefined,
    now: Date,
  ): Promise<Date[]> {
    const cap = recipient
      ? legalFloorFor(notification.purpose, recipient.countryOfResidence)?.cap
      : undefined;
    if (!cap || !notification.loanId) return [];
    return this.notifications.loanContactsSince(
      notification.loanId,
      new Date(now.getTime() - cap.days * DAY),
    );
  }

  private stepDeadline(
    workflow: Workflow,
    choice: Pick<ChannelChoice, 'stepIndex'>,
    now: Date,
  ): Date | undefined {
    const timeout = workflow.steps[choice.stepIndex]?.timeoutMinutes;
    if (!timeout || !hasLaterStep(workflow, choice.stepIndex)) return undefined;
    return new Date(now.getTime() + timeout * MINUTE);
  }

  private leaseUntil(now: Date): Date {
    return new Date(now.getTime() + this.settings.DELIVERY_LEASE_SECONDS * 1000);
  }

  private defaultContactHours() {
    const [start = '08:00', end = '21:00'] = this.settings.DEFAULT_CONTACT_HOURS.split('-');
    return { start, end };
  }
}
