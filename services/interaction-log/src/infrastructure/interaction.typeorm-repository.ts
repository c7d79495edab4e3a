import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InteractionChannel, InteractionOutcome } from '@crm/contracts';
import { DomainError } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { InteractionRepository } from '../application/interaction.repository';
import type { ObservedUse } from '../domain/channel-profile';
import type { Direction, Interaction } from '../domain/interaction';
import { isUniqueViolation } from './database-errors';
import { InteractionOrmEntity } from './orm-entities';

interface Row {
  id: string;
  customer_id: string;
  channel: string;
  direction: string;
  occurred_at: Date;
  language: string;
  interpreter_used: boolean;
  staff_id: string | null;
  team: string | null;
  summary: string | null;
  outcome: string;
  topics: string[];
  loan_id: string | null;
  complaint_id: string | null;
  supersedes: string | null;
  superseded_by: string | null;
  recorded_at: Date;
}

const SELECT = `
  SELECT i.*, c.id AS superseded_by FROM interactions i
  LEFT JOIN interactions c ON c.supersedes = i.id`;

function toInteraction(row: Row): Interaction {
  return {
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel as InteractionChannel,
    direction: row.direction as Direction,
    occurredAt: new Date(row.occurred_at),
    language: row.language,
    interpreterUsed: row.interpreter_used,
    summary: row.summary,
    outcome: row.outcome as InteractionOutcome,
    topics: row.topics,
    recordedAt: new Date(row.recorded_at),
    ...(row.staff_id ? { staffId: row.staff_id } : {}),
    ...(row.team ? { team: row.team } : {}),
    ...(row.loan_id ? { loanId: row.loan_id } : {}),
    ...(row.complaint_id ? { complaintId: row.complaint_id } : {}),
    ...(row.supersedes ? { supersedes: row.supersedes } : {}),
    ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
  };
}

@Injectable()
export class InteractionTypeOrmRepository extends InteractionRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(interaction: Interaction): Promise<void> {
    try {
      await activeManager(this.dataSource).insert(InteractionOrmEntity, {
        id: interaction.id,
        customerId: interaction.customerId,
        channel: interaction.channel,
        direction: interaction.direction,
        occurredAt: interaction.occurredAt,
        language: interaction.language,
        interpreterUsed: interaction.interpreterUsed,
        staffId: interaction.staffId ?? null,
        team: interaction.team ?? null,
        summary: interaction.summary,
        outcome: interaction.outcome,
        topics: interaction.topics,
        loanId: interaction.loanId ?? null,
        complaintId: interaction.complaintId ?? null,
        supersedes: interaction.supersedes ?? null,
        recordedAt: interaction.recordedAt,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'interactions_supersedes_key')) {
        throw new DomainError(
          'INTERACTION_ALREADY_SUPERSEDED',
          'conflict',
          `interaction ${interaction.supersedes} was corrected concurrently; correct the newest version`,
        );
      }
      throw error;
    }
  }

  async get(id: string): Promise<Interaction | undefined> {
    const [row] = await activeManager(this.dataSource).query<Row[]>(`${SELECT} WHERE i.id = $1`, [id]);
    return row ? toInteraction(row) : undefined;
  }

  async history(id: string): Promise<Interaction[]> {
    // Back to the original, then forward through every correction (a chain: supersedes is unique).
    const rows = await activeManager(this.dataSource).query<(Row & { depth: number })[]>(
      `WITH RECURSIVE back AS (
         SELECT id, supersedes, 0 AS depth FROM interactions WHERE id = $1
         UNION ALL
         SELECT i.id, i.supersedes, back.depth + 1 FROM interactions i JOIN back ON i.id = back.supersedes
         WHERE back.depth < 1000
       ), root AS (SELECT id FROM back ORDER BY depth DESC LIMIT 1),
       forth AS (
         SELECT i.id, 0 AS depth FROM interactions i JOIN root ON i.id = root.id
         UNION ALL
         SELECT i.id, forth.depth + 1 FROM interactions i JOIN forth ON i.supersedes = forth.id
         WHERE forth.depth < 1000
       )
       ${SELECT} JOIN forth ON forth.id = i.id ORDER BY forth.depth`,
      [id],
    );
    return rows.map(toInteraction);
  }

  async observedUse(customerId: string, timeZone: string): Promise<ObservedUse> {
    // Current interactions only (a superseded one was wrong), and only where the customer took part.
    const rows = await activeManager(this.dataSource).query<
      { channel: string; language: string; hour: number; count: number }[]
    >(
      `SELECT i.channel, i.language, extract(hour FROM i.occurred_at AT TIME ZONE $2)::int AS hour, count(*)::int AS count
         FROM interactions i
        WHERE i.customer_id = $1 AND i.outcome <> 'no-contact'
          AND NOT EXISTS (SELECT 1 FROM interactions c WHERE c.supersedes = i.id)
        GROUP BY 1, 2, 3`,
      [customerId, timeZone],
    );
    const observed: ObservedUse = {
      interactions: 0,
      channels: {},
      languages: {},
      hours: Array<number>(24).fill(0),
    };
    for (const row of rows) {
      observed.interactions += row.count;
      observed.channels[row.channel] = (observed.channels[row.channel] ?? 0) + row.count;
      observed.languages[row.language] = (observed.languages[row.language] ?? 0) + row.count;
      observed.hours[row.hour] = (observed.hours[row.hour] ?? 0) + row.count;
    }
    return observed;
  }

  async eraseSummaries(customerId: string): Promise<number> {
    const [, affected] = await activeManager(this.dataSource).query<[unknown, number]>(
      `UPDATE interactions SET summary = NULL, summary_erased_at = now()
        WHERE customer_id = $1 AND summary IS NOT NULL`,
      [customerId],
    );
    return affected;
  }
}
