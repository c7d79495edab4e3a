import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTemplateVersions1764000000100 implements MigrationInterface {
  name = 'CreateTemplateVersions1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE template_versions (
        template_key text NOT NULL,
        locale       text NOT NULL,
        version      integer NOT NULL CHECK (version > 0),
        status       text NOT NULL CHECK (status IN ('draft', 'approved')),
        texts        jsonb NOT NULL,
        authored_by  text NOT NULL,
        created_at   timestamptz NOT NULL,
        approved_by  text,
        approved_at  timestamptz,
        PRIMARY KEY (template_key, locale, version),
        -- Maker–checker, enforced by the database too.
        CHECK (status = 'draft' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
        CHECK (approved_by IS NULL OR approved_by <> authored_by OR authored_by = 'shipped-with-service')
      )`);
    await db.query(`
      CREATE INDEX template_versions_approved ON template_versions (template_key, locale, version DESC)
      WHERE status = 'approved'`);
    await db.query(`
      CREATE TABLE template_missing_translations (
        template_key     text NOT NULL,
        requested_locale text NOT NULL,
        served_locale    text NOT NULL,
        chain            text NOT NULL,
        first_seen_at    timestamptz NOT NULL,
        last_seen_at     timestamptz NOT NULL,
        PRIMARY KEY (template_key, requested_locale)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE template_missing_translations`);
    await db.query(`DROP TABLE template_versions`);
  }
}
