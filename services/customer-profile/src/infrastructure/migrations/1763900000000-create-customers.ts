import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomers1763900000000 implements MigrationInterface {
  name = 'CreateCustomers1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customers (
        id                   uuid PRIMARY KEY,
        full_name            text NOT NULL,
        locale               text NOT NULL,
        time_zone            text NOT NULL,
        country_of_residence char(2) NOT NULL,
        registered_at        timestamptz NOT NULL,
        version              integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE customers`);
  }
}
