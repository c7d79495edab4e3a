import { Injectable } from '@nestjs/common';
import { NotificationDeliveredV1 } from '@crm/contracts';
import { Clock, NotFoundError } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { MailboxRepository, type InboxMessage } from '../mailbox.repository';
import { NotificationRepository } from '../notification.repository';

/** The customer opened an in-app message: it is read, which also stops any fallback to another channel. */
@Injectable()
export class MarkInboxMessageReadUseCase {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly mailbox: MailboxRepository,
    private readonly notifications: NotificationRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(customerId: string, messageId: string): Promise<InboxMessage> {
    const now = this.clock.now();
    return this.transactions.run(async () => {
      const message = await this.mailbox.findInboxMessage(customerId, messageId);
      if (!message) throw new NotFoundError('INBOX_MESSAGE_NOT_FOUND', 'no such message in this inbox');
      if (message.readAt) return message;
      await this.mailbox.markRead(message.id, now);
      await this.notifications.setDeliveryStatus(message.messageKey, 'read', now);
      const notification = await this.notifications.get(message.notificationId);
      if (
        notification &&
        notification.channel === 'in-app' &&
        ['sent', 'delivered'].includes(notification.status)
      ) {
        await this.notifications.setStatus(notification.id, 'read', now, { reason: null });
        if (notification.status === 'sent')
          await this.publisher.publish(
            newEvent(NotificationDeliveredV1, customerId, {
              notificationId: notification.id,
              customerId,
              workflow: notification.workflow,
              purpose: notification.purpose,
              channel: 'in-app',
              locale: notification.locale ?? message.locale,
              ...(notification.sourceEventId ? { sourceEventId: notification.sourceEventId } : {}),
              deliveredAt: now.toISOString(),
            }),
          );
      }
      return { ...message, readAt: now };
    });
  }
}
