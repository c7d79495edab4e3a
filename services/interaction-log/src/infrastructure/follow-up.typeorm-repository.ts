import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { FollowUpRepository, type FollowUpFilter } from '../application/follow-up.repository';
import type { FollowUp } from '../domain/follow-up';
import { FollowUpOrmEntity } from './orm-entities';

interface Row {
  id: string;
  customer_id: string;
  due_at: Date;
  reason: string;
  assigned_staff_id: string | null;
  assigned_team: string | null;
  interaction_id: string | null;
  complaint_id: string | null;
  loan_id: string | null;
  created_at: Date;
  completed_at: Date | null;
  completion_interaction_id: string | null;
}

function toFollowUp(row: Row): FollowUp {
  return {
    id: row.id,
    customerId: row.customer_id,
    dueAt: new Date(row.due_at),
    reason: row.reason,
    createdAt: new Date(row.created_at),
    ...(row.assigned_staff_id ? { assignedStaffId: row.assigned_staff_id } : {}),
    ...(row.assigned_team ? { assignedTeam: row.assigned_team } : {}),
    ...(row.interaction_id ? { interactionId: row.interaction_id } : {}),
    ...(row.complaint_id ? { complaintId: row.complaint_id } : {}),
    ...(row.loan_id ? { loanId: row.loan_id } : {}),
    ...(row.completed_at ? { completedAt: new Date(row.completed_at) } : {}),
    ...(row.completion_interaction_id ? { completionInteractionId: row.completion_interaction_id } : {}),
  };
}

@Injectable()
export class FollowUpTypeOrmRepository extends FollowUpRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(followUp: FollowUp): Promise<void> {
    await activeManager(this.dataSource).insert(FollowUpOrmEntity, {
      id: followUp.id,
      customerId: followUp.customerId,
      dueAt: followUp.dueAt,
      reason: followUp.reason,
      assignedStaffId: followUp.assignedStaffId ?? null,
      assignedTeam: followUp.assignedTeam ?? null,
      interactionId: followUp.interactionId ?? null,
      complaintId: followUp.complaintId ?? null,
      loanId: followUp.loanId ?? null,
      createdAt: followUp.createdAt,
    });
  }

  async get(id: string): Promise<FollowUp | undefined> {
    const [row] = await activeManager(this.dataSource).query<Row[]>(
      `SELECT * FROM follow_ups WHERE id = $1`,
      [id],
    );
    return row ? toFollowUp(row) : undefined;
  }

  async getForUpdate(id: string): Promise<FollowUp | undefined> {
    const [row] = await activeManager(this.dataSource).query<Row[]>(
      `SELECT * FROM follow_ups WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toFollowUp(row) : undefined;
  }

  async complete(id: string, completedAt: Date, interactionId: string): Promise<void> {
    await activeManager(this.dataSource).update(
      FollowUpOrmEntity,
      { id },
      { completedAt, completionInteractionId: interactionId },
    );
  }

  async reschedule(id: string, dueAt: Date, reason: string): Promise<void> {
    await activeManager(this.dataSource).update(
      FollowUpOrmEntity,
      { id },
      { dueAt, reason, dueFiredAt: null, overdueFiredAt: null },
    );
  }

  async list(filter: FollowUpFilter): Promise<FollowUp[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    if (filter.assignedTeam) conditions.push(`assigned_team = ${bind(filter.assignedTeam)}`);
    if (filter.assignedStaffId) conditions.push(`assigned_staff_id = ${bind(filter.assignedStaffId)}`);
    const now = filter.now;
    const overdueFrom = new Date(now.getTime() - filter.overdueMarginMs);
    switch (filter.status) {
      case 'completed':
        conditions.push('completed_at IS NOT NULL');
        break;
      case 'overdue':
        conditions.push(`completed_at IS NULL AND due_at <= ${bind(overdueFrom)}`);
        break;
      case 'due':
        conditions.push(`completed_at IS NULL AND due_at <= ${bind(now)} AND due_at > ${bind(overdueFrom)}`);
        break;
      case 'scheduled':
        conditions.push(`completed_at IS NULL AND due_at > ${bind(now)}`);
        break;
      default:
        break;
    }
    if (filter.after)
      conditions.push(`(due_at, id) > (${bind(filter.after.dueAt)}, ${bind(filter.after.id)})`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = await activeManager(this.dataSource).query<Row[]>(
      `SELECT * FROM follow_ups ${where} ORDER BY due_at, id LIMIT ${bind(filter.limit)}`,
      parameters,
    );
    return rows.map(toFollowUp);
  }

  async claimDue(now: Date, limit: number): Promise<FollowUp[]> {
    return this.claim('due_fired_at', `due_at <= $1`, [now, limit]);
  }

  async claimOverdue(now: Date, overdueMarginMs: number, limit: number): Promise<FollowUp[]> {
    return this.claim('overdue_fired_at', `due_at <= $1`, [new Date(now.getTime() - overdueMarginMs), limit]);
  }

  /**
   * Marks what it claims in the caller's transaction; SKIP LOCKED lets replicas claim disjoint rows,
   * and the `IS NULL` check re-evaluated after a lock wait keeps a row from being claimed twice.
   */
  private async claim(
    column: 'due_fired_at' | 'overdue_fired_at',
    dueCondition: string,
    parameters: unknown[],
  ) {
    // The driver answers UPDATE … RETURNING with [rows, count].
    const [rows] = await activeManager(this.dataSource).query<[Row[], number]>(
      `UPDATE follow_ups SET ${column} = now()
        WHERE id IN (
          SELECT id FROM follow_ups
           WHERE completed_at IS NULL AND ${column} IS NULL AND ${dueCondition}
           ORDER BY due_at LIMIT $2
           FOR UPDATE SKIP LOCKED)
          AND ${column} IS NULL
        RETURNING *`,
      parameters,
    );
    return rows.map(toFollowUp).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  async eraseReasons(customerId: string): Promise<number> {
    const [, affected] = await activeManager(this.dataSource).query<[unknown, number]>(
      `UPDATE follow_ups SET reason = 'erased' WHERE customer_id = $1 AND reason <> 'erased'`,
      [customerId],
    );
    return affected;
  }
}
