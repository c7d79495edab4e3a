import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateErasureRequests1764000000200 implements MigrationInterface {
  name = 'CreateErasureRequests1764000000200';

  async up(db: QueryRunner): Promise<void> {
    // Kept after the erasure: the proof that the bank honoured the request (GDPR Art. 5(2), 12, 17).
    await db.query(`
      CREATE TABLE erasure_requests (
        id            uuid PRIMARY KEY,
        customer_id   uuid NOT NULL UNIQUE,
        requested_at  timestamptz NOT NULL,
        completed_at  timestamptz
      )`);
    await db.query(`
      CREATE TABLE erasure_service_reports (
        request_id    uuid NOT NULL REFERENCES erasure_requests (id),
        service       text NOT NULL,
        status        text NOT NULL CHECK (status IN ('pending', 'completed')),
        erased        jsonb NOT NULL DEFAULT '[]'::jsonb,
        retained      jsonb NOT NULL DEFAULT '[]'::jsonb,
        completed_at  timestamptz,
        PRIMARY KEY (request_id, service)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE erasure_service_reports`);
    await db.query(`DROP TABLE erasure_requests`);
  }
}
