import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { SlaRepository, type SlaCandidate } from '../application/complaint.repository';

interface CandidateRow {
  complaint_id: string;
  milestone: string;
  due_date: string;
  time_zone: string;
  starts_at: Date;
  due_at: Date;
}

@Injectable()
export class SlaTypeOrmRepository extends SlaRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async due(kind: 'at-risk' | 'breached', now: Date, share: number, limit: number): Promise<SlaCandidate[]> {
    // at-risk: starts_at + share × (due_at − starts_at) has passed; breached: due_at has passed.
    // An at-risk warning after the deadline has passed would be noise: the breach says it.
    const point =
      kind === 'breached'
        ? 'k.due_at <= $1'
        : 'k.starts_at + (k.due_at - k.starts_at) * $3::float8 <= $1 AND k.due_at > $1';
    const rows = await activeManager(this.dataSource).query<CandidateRow[]>(
      `SELECT k.complaint_id, k.milestone, to_char(k.due_date, 'YYYY-MM-DD') AS due_date, k.time_zone,
              k.starts_at, k.due_at
         FROM complaint_clocks k
        WHERE k.is_watched AND ${point}
          AND NOT EXISTS (SELECT 1 FROM complaint_sla_alerts a
                           WHERE a.complaint_id = k.complaint_id AND a.milestone = k.milestone
                             AND a.kind = $2 AND a.deadline = k.due_date)
        ORDER BY k.due_at
        LIMIT ${kind === 'breached' ? '$3' : '$4'}`,
      kind === 'breached' ? [now, kind, limit] : [now, kind, share, limit],
    );
    return rows.map((row) => ({
      complaintId: row.complaint_id,
      milestone: row.milestone,
      dueDate: row.due_date,
      timeZone: row.time_zone,
      startsAt: new Date(row.starts_at),
      dueAt: new Date(row.due_at),
    }));
  }

  async claim(candidate: SlaCandidate, kind: 'at-risk' | 'breached', firedAt: Date): Promise<boolean> {
    // A concurrent claim by another replica waits on the key and then conflicts: one winner.
    const rows = await activeManager(this.dataSource).query<unknown[]>(
      `INSERT INTO complaint_sla_alerts (complaint_id, milestone, kind, deadline, fired_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING
       RETURNING complaint_id`,
      [candidate.complaintId, candidate.milestone, kind, candidate.dueDate, firedAt],
    );
    return rows.length === 1;
  }
}
