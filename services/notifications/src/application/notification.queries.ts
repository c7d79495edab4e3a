import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import {
  MailboxRepository,
  type InboxMessage,
  type MailboxPosition,
  type StaffTask,
} from './mailbox.repository';
import {
  NotificationRepository,
  type NotificationPosition,
  type NotificationWithDeliveries,
} from './notification.repository';
import type { Notification } from '../domain/notification';

export interface Page<T, P> {
  items: T[];
  next?: P;
}

/** Reads of notifications, inboxes and staff task lists; one extra row tells whether a next page exists. */
@Injectable()
export class NotificationQueries {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly mailbox: MailboxRepository,
  ) {}

  async get(id: string): Promise<NotificationWithDeliveries> {
    const notification = await this.notifications.get(id);
    if (!notification) throw new NotFoundError('NOTIFICATION_NOT_FOUND', 'there is no such notification');
    return notification;
  }

  async forCustomer(
    customerId: string,
    limit: number,
    before?: NotificationPosition,
  ): Promise<Page<Notification, NotificationPosition>> {
    return pageOf(await this.notifications.listForCustomer(customerId, limit + 1, before), limit);
  }

  async inbox(
    customerId: string,
    limit: number,
    before?: MailboxPosition,
  ): Promise<Page<InboxMessage, MailboxPosition>> {
    return pageOf(await this.mailbox.inbox(customerId, limit + 1, before), limit);
  }

  async staffTasks(
    team: string,
    limit: number,
    before?: MailboxPosition,
  ): Promise<Page<StaffTask, MailboxPosition>> {
    return pageOf(await this.mailbox.staffTasks(team, limit + 1, before), limit);
  }
}

function pageOf<T extends { createdAt: Date; id: string }>(
  rows: T[],
  limit: number,
): Page<T, { createdAt: Date; id: string }> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined,
  };
}
