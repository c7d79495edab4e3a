import type { StaffTaskKind } from '../domain/workflow';

export interface InboxMessage {
  id: string;
  customerId: string;
  notificationId: string;
  messageKey: string;
  subject: string | null;
  body: string | null;
  locale: string;
  direction: 'ltr' | 'rtl';
  createdAt: Date;
  readAt?: Date;
}

export interface StaffTask {
  id: string;
  team: string;
  kind: StaffTaskKind;
  customerId: string;
  notificationId: string;
  messageKey: string;
  subject: string | null;
  body: string | null;
  createdAt: Date;
}

export interface MailboxPosition {
  createdAt: Date;
  id: string;
}

/** The channels the bank delivers itself: the customer's in-app inbox and staff task lists. */
export abstract class MailboxRepository {
  /** Idempotent on the message key. */
  abstract addInboxMessage(message: InboxMessage): Promise<void>;
  abstract addStaffTask(task: StaffTask): Promise<void>;
  abstract inbox(customerId: string, limit: number, before?: MailboxPosition): Promise<InboxMessage[]>;
  abstract findInboxMessage(customerId: string, id: string): Promise<InboxMessage | undefined>;
  abstract markRead(id: string, at: Date): Promise<void>;
  abstract staffTasks(team: string, limit: number, before?: MailboxPosition): Promise<StaffTask[]>;
  abstract eraseContent(customerId: string): Promise<number>;
}
