import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full cross-cultural record, contact points encrypted with their search hashes, and the name
 * search keys. Rows written before this keep e-mail and phone in the old plain columns until their
 * next update, which moves them into the encrypted ones.
 */
export class ExtendCustomerRecord1764000000000 implements MigrationInterface {
  name = 'ExtendCustomerRecord1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE customers
        ADD COLUMN given_name          text,
        ADD COLUMN family_name         text,
        ADD COLUMN name_order          text CHECK (name_order IN ('given-first', 'family-first')),
        ADD COLUMN name_alternates     jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN preferred_name      text,
        ADD COLUMN honorific           text,
        ADD COLUMN additional_locales  text[] NOT NULL DEFAULT '{}',
        ADD COLUMN nationality         char(2),
        ADD COLUMN communication_style text,
        ADD COLUMN observed_festivals  text[],
        ADD COLUMN email_encrypted     bytea,
        ADD COLUMN email_hash          text,
        ADD COLUMN phone_encrypted     bytea,
        ADD COLUMN phone_hash          text,
        ADD COLUMN postal_address      jsonb,
        ADD COLUMN messenger_ids       jsonb,
        ADD COLUMN pii_key_id          text,
        ADD COLUMN preferred_channels  text[] NOT NULL DEFAULT '{}',
        ADD COLUMN contact_hours_start char(5),
        ADD COLUMN contact_hours_end   char(5),
        ADD COLUMN updated_at          timestamptz`);
    await db.query(`UPDATE customers SET updated_at = registered_at`);
    await db.query(`ALTER TABLE customers ALTER COLUMN updated_at SET NOT NULL`);
    await db.query(
      `CREATE INDEX customers_email_hash ON customers (email_hash) WHERE email_hash IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX customers_phone_hash ON customers (phone_hash) WHERE phone_hash IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE customer_name_search_keys (
        customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        search_key  text NOT NULL,
        PRIMARY KEY (customer_id, search_key)
      )`);
    // text_pattern_ops: LIKE 'prefix%' uses the index whatever the database collation.
    await db.query(
      `CREATE INDEX customer_name_search_keys_prefix ON customer_name_search_keys (search_key text_pattern_ops, customer_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE customer_name_search_keys`);
    await db.query(`
      ALTER TABLE customers
        DROP COLUMN given_name, DROP COLUMN family_name, DROP COLUMN name_order, DROP COLUMN name_alternates,
        DROP COLUMN preferred_name, DROP COLUMN honorific, DROP COLUMN additional_locales,
        DROP COLUMN nationality, DROP COLUMN communication_style, DROP COLUMN observed_festivals,
        DROP COLUMN email_encrypted, DROP COLUMN email_hash, DROP COLUMN phone_encrypted,
        DROP COLUMN phone_hash, DROP COLUMN postal_address, DROP COLUMN messenger_ids,
        DROP COLUMN pii_key_id, DROP COLUMN preferred_channels, DROP COLUMN contact_hours_start,
        DROP COLUMN contact_hours_end, DROP COLUMN updated_at`);
  }
}
