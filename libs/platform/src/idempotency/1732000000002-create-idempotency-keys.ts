import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Responses to creating requests, by the caller's Idempotency-Key, so that a retry gets the first answer. */
export class CreateIdempotencyKeys1732000000002 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1732000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        caller        text NOT NULL,
        key           text NOT NULL,
        request_hash  text NOT NULL,
        status        integer NOT NULL,
        response      jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
