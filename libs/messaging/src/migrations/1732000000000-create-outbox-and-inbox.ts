import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox (events waiting to be published) and the inbox (events already handled) of a service. */
export class CreateOutboxAndInbox1732000000000 implements MigrationInterface {
  name = 'CreateOutboxAndInbox1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        position      bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        topic         text NOT NULL,
        partition_key text NOT NULL,
        event_type    text NOT NULL,
        event         jsonb NOT NULL,
        trace_headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        sent_at       timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_unsent_idx ON outbox (position) WHERE sent_at IS NULL`);
    await db.query(`CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE inbox (
        event_id    text PRIMARY KEY,
        event_type  text NOT NULL,
        source      text NOT NULL,
        handled_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inbox`);
    await db.query(`DROP TABLE outbox`);
  }
}
