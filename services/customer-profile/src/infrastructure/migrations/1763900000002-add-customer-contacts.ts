import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCustomerContacts1763900000002 implements MigrationInterface {
  name = 'AddCustomerContacts1763900000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE customers ADD COLUMN email text, ADD COLUMN phone text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE customers DROP COLUMN email, DROP COLUMN phone`);
  }
}
