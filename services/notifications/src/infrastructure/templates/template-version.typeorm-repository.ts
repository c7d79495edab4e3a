import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import {
  TemplateVersionRepository,
  type NewTemplateDraft,
  type TemplateLocaleSummary,
} from '../../application/templates/template-version.repository';
import { TemplateVersion } from '../../domain/templates/template-version';
import { TemplateVersionOrmEntity } from './template-version.orm-entity';

function toDomain(row: TemplateVersionOrmEntity): TemplateVersion {
  return TemplateVersion.restore({
    templateKey: row.templateKey,
    locale: row.locale,
    version: row.version,
    status: row.status,
    texts: row.texts,
    authoredBy: row.authoredBy,
    createdAt: row.createdAt,
    ...(row.approvedBy ? { approvedBy: row.approvedBy } : {}),
    ...(row.approvedAt ? { approvedAt: row.approvedAt } : {}),
  });
}

function toRow(version: TemplateVersion): TemplateVersionOrmEntity {
  const v = version.snapshot;
  return {
    templateKey: v.templateKey,
    locale: v.locale,
    version: v.version,
    status: v.status,
    texts: v.texts,
    authoredBy: v.authoredBy,
    createdAt: v.createdAt,
    approvedBy: v.approvedBy ?? null,
    approvedAt: v.approvedAt ?? null,
  };
}

@Injectable()
export class TemplateVersionTypeOrmRepository extends TemplateVersionRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get manager() {
    return activeManager(this.dataSource);
  }

  async latestApproved(templateKey: string): Promise<TemplateVersion[]> {
    const rows = await this.manager
      .createQueryBuilder(TemplateVersionOrmEntity, 'v')
      .distinctOn(['v.locale'])
      .where('v.template_key = :templateKey AND v.status = :status', { templateKey, status: 'approved' })
      .orderBy('v.locale')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return rows.map(toDomain);
  }

  async list(templateKey: string): Promise<TemplateVersion[]> {
    const rows = await this.manager.find(TemplateVersionOrmEntity, {
      where: { templateKey },
      order: { locale: 'ASC', version: 'ASC' },
    });
    return rows.map(toDomain);
  }

  async summaries(templateKeys: readonly string[]): Promise<Map<string, TemplateLocaleSummary[]>> {
    const rows = await this.manager.query<
      { template_key: string; locale: string; latest: number; latest_approved: number | null }[]
    >(
      `SELECT template_key, locale, max(version) AS latest,
              max(version) FILTER (WHERE status = 'approved') AS latest_approved
         FROM template_versions WHERE template_key = ANY($1)
        GROUP BY template_key, locale ORDER BY template_key, locale`,
      [templateKeys],
    );
    const summaries = new Map<string, TemplateLocaleSummary[]>(templateKeys.map((key) => [key, []]));
    for (const row of rows) {
      summaries.get(row.template_key)?.push({
        locale: row.locale,
        latestVersion: Number(row.latest),
        ...(row.latest_approved === null ? {} : { latestApprovedVersion: Number(row.latest_approved) }),
      });
    }
    return summaries;
  }

  async findForUpdate(
    templateKey: string,
    locale: string,
    version: number,
  ): Promise<TemplateVersion | undefined> {
    const row = await this.manager.findOne(TemplateVersionOrmEntity, {
      where: { templateKey, locale, version },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? toDomain(row) : undefined;
  }

  async addDraft(draft: NewTemplateDraft): Promise<TemplateVersion> {
    // Serialises authors of the same template and locale until commit, so version numbers never
    // collide (the caller runs this inside a transaction).
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `template_versions/${draft.templateKey}/${draft.locale}`,
    ]);
    const [row] = await this.manager.query<{ version: number }[]>(
      `INSERT INTO template_versions (template_key, locale, version, status, texts, authored_by, created_at)
       SELECT $1, $2, coalesce(max(version), 0) + 1, 'draft', $3, $4, $5
         FROM template_versions WHERE template_key = $1 AND locale = $2
       RETURNING version`,
      [draft.templateKey, draft.locale, JSON.stringify(draft.texts), draft.authoredBy, draft.createdAt],
    );
    return TemplateVersion.restore({ ...draft, version: row.version, status: 'draft' });
  }

  async saveApproval(version: TemplateVersion): Promise<void> {
    const v = version.snapshot;
    await this.manager.update(
      TemplateVersionOrmEntity,
      { templateKey: v.templateKey, locale: v.locale, version: v.version },
      { status: v.status, approvedBy: v.approvedBy ?? null, approvedAt: v.approvedAt ?? null },
    );
  }

  async seed(versions: readonly TemplateVersion[]): Promise<number> {
    let inserted = 0;
    for (const version of versions) {
      const row = toRow(version);
      // Only where the template and locale have no version yet: a text changed through the API is
      // never overwritten by the shipped one, and replicas starting together insert it once.
      const result = await this.manager.query<unknown[]>(
        `INSERT INTO template_versions
           (template_key, locale, version, status, texts, authored_by, created_at, approved_by, approved_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9
          WHERE NOT EXISTS (SELECT 1 FROM template_versions WHERE template_key = $1 AND locale = $2)
         ON CONFLICT DO NOTHING
         RETURNING 1`,
        [
          row.templateKey,
          row.locale,
          row.version,
          row.status,
          JSON.stringify(row.texts),
          row.authoredBy,
          row.createdAt,
          row.approvedBy,
          row.approvedAt,
        ],
      );
      inserted += result.length;
    }
    return inserted;
  }
}
