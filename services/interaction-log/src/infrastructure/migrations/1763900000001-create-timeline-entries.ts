import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTimelineEntries1763900000001 implements MigrationInterface {
  name = 'CreateTimelineEntries1763900000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE timeline_entries (
        id              uuid PRIMARY KEY,
        customer_id     uuid NOT NULL,
        type            text NOT NULL,
        channel         text NOT NULL,
        occurred_at     timestamptz NOT NULL,
        title           text NOT NULL,
        source_event_id text UNIQUE,
        source_event    jsonb
      )`);
    // Serves the timeline page: one customer's entries, newest first, keyset-paged.
    await db.query(
      `CREATE INDEX timeline_entries_customer_time_idx ON timeline_entries (customer_id, occurred_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE timeline_entries`);
  }
}
