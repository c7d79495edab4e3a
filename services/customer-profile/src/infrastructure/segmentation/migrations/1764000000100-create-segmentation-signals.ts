import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSegmentationSignals1764000000100 implements MigrationInterface {
  name = 'CreateSegmentationSignals1764000000100';

  async up(db: QueryRunner): Promise<void> {
    // Behaviour only (see domain/segmentation/behavioural-signals.ts): no column here may hold a
    // customer's language, nationality, culture, festivals, vulnerability or name.
    await db.query(`
      CREATE TABLE segmentation_signals (
        customer_id        uuid PRIMARY KEY,
        complaints         jsonb NOT NULL DEFAULT '{}'::jsonb,
        missed_payments    jsonb NOT NULL DEFAULT '[]'::jsonb,
        hardship_requests  jsonb NOT NULL DEFAULT '[]'::jsonb,
        interactions       jsonb NOT NULL DEFAULT '[]'::jsonb,
        last_activity_at   timestamptz,
        last_csat          smallint CHECK (last_csat BETWEEN 1 AND 5),
        last_nps           smallint CHECK (last_nps BETWEEN 0 AND 10),
        assessment         jsonb,
        next_review_at     timestamptz,
        erased_at          timestamptz,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX segmentation_signals_review_idx ON segmentation_signals (next_review_at)
       WHERE next_review_at IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE segmentation_loans (
        customer_id    uuid NOT NULL REFERENCES segmentation_signals (customer_id) ON DELETE CASCADE,
        loan_id        uuid NOT NULL,
        currency       char(3) NOT NULL,
        outstanding    numeric NOT NULL,
        days_past_due  integer NOT NULL,
        is_open        boolean NOT NULL,
        first_seen_at  timestamptz NOT NULL,
        PRIMARY KEY (customer_id, loan_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE segmentation_loans`);
    await db.query(`DROP TABLE segmentation_signals`);
  }
}
