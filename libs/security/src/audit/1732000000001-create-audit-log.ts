import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit trail: who saw or changed what. The database itself refuses to alter it. */
export class CreateAuditLog1732000000001 implements MigrationInterface {
  name = 'CreateAuditLog1732000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id            bigserial PRIMARY KEY,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_kind    text NOT NULL,
        subject       text NOT NULL,
        client_id     text,
        roles         text[] NOT NULL DEFAULT '{}',
        action        text NOT NULL,
        resource_type text NOT NULL,
        resource_id   text,
        fields        text[] NOT NULL DEFAULT '{}',
        outcome       text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
        trace_id      text
      )`);
    await db.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject, id DESC)`);
    await db.query(`CREATE INDEX audit_log_resource_idx ON audit_log (resource_type, resource_id, id DESC)`);
    await db.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
