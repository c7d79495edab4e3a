import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { changedRows } from './sql';
import {
  MailboxRepository,
  type InboxMessage,
  type MailboxPosition,
  type StaffTask,
} from '../application/mailbox.repository';
import type { StaffTaskKind } from '../domain/workflow';

interface InboxRow {
  id: string;
  customer_id: string;
  notification_id: string;
  message_key: string;
  subject: string | null;
  body: string | null;
  locale: string;
  direction: 'ltr' | 'rtl';
  created_at: Date;
  read_at: Date | null;
}

interface TaskRow {
  id: string;
  team: string;
  kind: StaffTaskKind;
  customer_id: string;
  notification_id: string;
  message_key: string;
  subject: string | null;
  body: string | null;
  created_at: Date;
}

const toInbox = (r: InboxRow): InboxMessage => ({
  id: r.id,
  customerId: r.customer_id,
  notificationId: r.notification_id,
  messageKey: r.message_key,
  subject: r.subject,
  body: r.body,
  locale: r.locale,
  direction: r.direction,
  createdAt: new Date(r.created_at),
  readAt: r.read_at ? new Date(r.read_at) : undefined,
});

const toTask = (r: TaskRow): StaffTask => ({
  id: r.id,
  team: r.team,
  kind: r.kind,
  customerId: r.customer_id,
  notificationId: r.notification_id,
  messageKey: r.message_key,
  subject: r.subject,
  body: r.body,
  createdAt: new Date(r.created_at),
});

@Injectable()
export class MailboxTypeOrmRepository extends MailboxRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T = unknown>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters);
  }

  private changed<T = unknown>(sql: string, parameters: unknown[]): Promise<T[]> {
    return changedRows<T>(activeManager(this.dataSource), sql, parameters);
  }

  async addInboxMessage(m: InboxMessage): Promise<void> {
    await this.query(
      `INSERT INTO inbox_messages (id, customer_id, notification_id, message_key, subject, body, locale, direction, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (message_key) DO NOTHING`,
      [
        m.id,
        m.customerId,
        m.notificationId,
        m.messageKey,
        m.subject,
        m.body,
        m.locale,
        m.direction,
        m.createdAt,
      ],
    );
  }

  async addStaffTask(t: StaffTask): Promise<void> {
    await this.query(
      `INSERT INTO staff_tasks (id, team, kind, customer_id, notification_id, message_key, subject, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (message_key) DO NOTHING`,
      [t.id, t.team, t.kind, t.customerId, t.notificationId, t.messageKey, t.subject, t.body, t.createdAt],
    );
  }

  async inbox(customerId: string, limit: number, before?: MailboxPosition): Promise<InboxMessage[]> {
    const rows = await this.query<InboxRow>(
      `SELECT * FROM inbox_messages WHERE customer_id = $1
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [customerId, before?.createdAt ?? null, before?.id ?? null, limit],
    );
    return rows.map(toInbox);
  }

  async findInboxMessage(customerId: string, id: string): Promise<InboxMessage | undefined> {
    const [row] = await this.query<InboxRow>(
      `SELECT * FROM inbox_messages WHERE customer_id = $1 AND id = $2 FOR UPDATE`,
      [customerId, id],
    );
    return row ? toInbox(row) : undefined;
  }

  async markRead(id: string, at: Date): Promise<void> {
    await this.query(`UPDATE inbox_messages SET read_at = $2 WHERE id = $1 AND read_at IS NULL`, [id, at]);
  }

  async staffTasks(team: string, limit: number, before?: MailboxPosition): Promise<StaffTask[]> {
    const rows = await this.query<TaskRow>(
      `SELECT * FROM staff_tasks WHERE team = $1
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [team, before?.createdAt ?? null, before?.id ?? null, limit],
    );
    return rows.map(toTask);
  }

  async eraseContent(customerId: string): Promise<number> {
    const inbox = await this.changed(
      `UPDATE inbox_messages SET subject = NULL, body = NULL WHERE customer_id = $1 RETURNING id`,
      [customerId],
    );
    const tasks = await this.changed(
      `UPDATE staff_tasks SET subject = NULL, body = NULL WHERE customer_id = $1 RETURNING id`,
      [customerId],
    );
    return inbox.length + tasks.length;
  }
}
