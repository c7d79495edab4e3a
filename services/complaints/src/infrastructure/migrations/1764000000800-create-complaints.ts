import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateComplaints1764000000800 implements MigrationInterface {
  name = 'CreateComplaints1764000000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE complaints (
        id              uuid PRIMARY KEY,
        customer_id     uuid NOT NULL,
        status          text NOT NULL,
        regime          text NOT NULL,
        jurisdiction    text NOT NULL,
        language        text NOT NULL,
        product         text NOT NULL,
        issue           text NOT NULL,
        submitted_via   text NOT NULL,
        received_at     timestamptz NOT NULL,
        recorded_at     timestamptz NOT NULL,
        description     text NOT NULL,
        desired_outcome text NOT NULL,
        handler_id      text,
        root_cause      text,
        resolved_at     timestamptz,
        redacted_at     timestamptz,
        details         jsonb NOT NULL,
        version         integer NOT NULL
      )`);
    await db.query(
      `CREATE INDEX complaints_by_customer ON complaints (customer_id, recorded_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX complaints_by_status ON complaints (status, recorded_at DESC, id DESC)`);
    await db.query(`CREATE INDEX complaints_by_received ON complaints (regime, received_at)`);
    await db.query(`
      CREATE TABLE complaint_clocks (
        complaint_id uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        milestone    text NOT NULL,
        due_date     date NOT NULL,
        time_zone    text NOT NULL,
        starts_at    timestamptz NOT NULL,
        due_at       timestamptz NOT NULL,
        is_watched   boolean NOT NULL,
        PRIMARY KEY (complaint_id, milestone)
      )`);
    // Only clocks still running are scanned by the SLA scheduler.
    await db.query(`CREATE INDEX complaint_clocks_watched ON complaint_clocks (due_at) WHERE is_watched`);
    await db.query(`
      CREATE TABLE complaint_sla_alerts (
        complaint_id uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        milestone    text NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('at-risk', 'breached')),
        deadline     date NOT NULL,
        fired_at     timestamptz NOT NULL,
        PRIMARY KEY (complaint_id, milestone, kind, deadline)
      )`);
    await db.query(`
      CREATE TABLE interaction_staff (
        interaction_id uuid NOT NULL,
        staff_id       text NOT NULL,
        customer_id    uuid NOT NULL,
        PRIMARY KEY (interaction_id, staff_id)
      )`);
    await db.query(`
      CREATE TABLE customer_vulnerabilities (
        customer_id uuid PRIMARY KEY,
        adjustments text[] NOT NULL,
        review_date date,
        changed_at  timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE customer_vulnerabilities`);
    await db.query(`DROP TABLE interaction_staff`);
    await db.query(`DROP TABLE complaint_sla_alerts`);
    await db.query(`DROP TABLE complaint_clocks`);
    await db.query(`DROP TABLE complaints`);
  }
}
