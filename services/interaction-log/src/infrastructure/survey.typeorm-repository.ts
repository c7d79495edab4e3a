import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SurveyTrigger } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { SurveyRepository, type SatisfactionGrouping } from '../application/survey.repository';
import type { ScoreCounts } from '../domain/satisfaction';
import type { Survey, SurveyResponse } from '../domain/survey';
import { SurveyOrmEntity } from './orm-entities';

interface Row {
  id: string;
  customer_id: string;
  trigger: string;
  trigger_id: string;
  channel: string | null;
  language: string | null;
  team: string | null;
  invited_at: Date;
  expires_at: Date;
  responded_at: Date | null;
  csat: number | null;
  nps: number | null;
  comment: string | null;
}

function toSurvey(row: Row): Survey {
  const response: SurveyResponse | undefined = row.responded_at
    ? {
        respondedAt: new Date(row.responded_at),
        ...(row.csat === null ? {} : { csat: row.csat }),
        ...(row.nps === null ? {} : { nps: row.nps }),
        ...(row.comment === null ? {} : { comment: row.comment }),
      }
    : undefined;
  return {
    id: row.id,
    customerId: row.customer_id,
    trigger: row.trigger as SurveyTrigger,
    triggerId: row.trigger_id,
    invitedAt: new Date(row.invited_at),
    expiresAt: new Date(row.expires_at),
    ...(row.channel ? { channel: row.channel } : {}),
    ...(row.language ? { language: row.language } : {}),
    ...(row.team ? { team: row.team } : {}),
    ...(response ? { response } : {}),
  };
}

/** Grouping columns, from a closed list: never text from the request in the SQL. */
const GROUP_COLUMNS: Record<SatisfactionGrouping, string> = {
  channel: 'channel',
  language: 'language',
  team: 'team',
};

@Injectable()
export class SurveyTypeOrmRepository extends SurveyRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async addIfNew(survey: Survey): Promise<boolean> {
    const result = await activeManager(this.dataSource)
      .createQueryBuilder()
      .insert()
      .into(SurveyOrmEntity)
      .values({
        id: survey.id,
        customerId: survey.customerId,
        trigger: survey.trigger,
        triggerId: survey.triggerId,
        channel: survey.channel ?? null,
        language: survey.language ?? null,
        team: survey.team ?? null,
        invitedAt: survey.invitedAt,
        expiresAt: survey.expiresAt,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  async get(id: string): Promise<Survey | undefined> {
    const [row] = await activeManager(this.dataSource).query<Row[]>(`SELECT * FROM surveys WHERE id = $1`, [
      id,
    ]);
    return row ? toSurvey(row) : undefined;
  }

  async recordResponse(id: string, response: SurveyResponse): Promise<boolean> {
    const [, affected] = await activeManager(this.dataSource).query<[unknown, number]>(
      `UPDATE surveys SET responded_at = $2, csat = $3, nps = $4, comment = $5
        WHERE id = $1 AND responded_at IS NULL`,
      [id, response.respondedAt, response.csat ?? null, response.nps ?? null, response.comment ?? null],
    );
    return affected === 1;
  }

  async scoreCounts(
    from: Date,
    to: Date,
    groupBy?: SatisfactionGrouping,
  ): Promise<(ScoreCounts & { group: string })[]> {
    const group = groupBy ? `coalesce(${GROUP_COLUMNS[groupBy]}, 'unknown')` : `'all'`;
    const rows = await activeManager(this.dataSource).query<
      {
        group: string;
        responses: number;
        nps_responses: number;
        promoters: number;
        passives: number;
        detractors: number;
        csat_responses: number;
        csat_sum: number;
      }[]
    >(
      `SELECT ${group} AS "group",
              count(*)::int AS responses,
              count(nps)::int AS nps_responses,
              count(*) FILTER (WHERE nps >= 9)::int AS promoters,
              count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::int AS passives,
              count(*) FILTER (WHERE nps <= 6)::int AS detractors,
              count(csat)::int AS csat_responses,
              coalesce(sum(csat), 0)::int AS csat_sum
         FROM surveys
        WHERE responded_at >= $1 AND responded_at < $2
        GROUP BY 1
        ORDER BY 1`,
      [from, to],
    );
    return rows.map((row) => ({
      group: row.group,
      responses: row.responses,
      npsResponses: row.nps_responses,
      promoters: row.promoters,
      passives: row.passives,
      detractors: row.detractors,
      csatResponses: row.csat_responses,
      csatSum: row.csat_sum,
    }));
  }

  async eraseComments(customerId: string): Promise<number> {
    const [, affected] = await activeManager(this.dataSource).query<[unknown, number]>(
      `UPDATE surveys SET comment = NULL WHERE customer_id = $1 AND comment IS NOT NULL`,
      [customerId],
    );
    return affected;
  }
}
