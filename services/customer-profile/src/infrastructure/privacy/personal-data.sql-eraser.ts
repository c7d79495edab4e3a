import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { forgetStoredReplies } from '@crm/platform';
import { PersonalDataEraser, type ErasureOutcome } from '../../application/privacy/personal-data-eraser';

/**
 * What customer-profile erases, and what it keeps and why (README: "Data-subject rights"). The
 * customer's id stays as a pseudonym: it carries no meaning, and it ties together the records the law
 * makes the bank keep.
 */
const RETAINED = [
  {
    data: 'pseudonymous customer id, locale, time zone and country of residence',
    reason:
      'tie the retained records together; answer the customer in their language; the country decides which retention law applies (GDPR Art. 12, 17(3)(b))',
  },
  {
    data: 'consent history (purpose, channel, status, wording version, time, source channel)',
    reason: 'proof of what the customer agreed to and withdrew, for legal claims (GDPR Art. 7(1), 17(3)(e))',
  },
  {
    data: 'KYC status and AML flag history with their reasons',
    reason:
      'legal hold: anti-money-laundering record keeping, 5 years after the relationship ends (EU AMLD Art. 40, UK MLR 2017 reg. 40, PRC AML Law Art. 19)',
  },
  {
    data: 'audit trail entries (actions and field names, no values)',
    reason: 'accountability for every access to personal data (GDPR Art. 5(2), 30)',
  },
  {
    data: 'the erasure request and each service report',
    reason: 'proof that the request was honoured (GDPR Art. 5(2), 12(3))',
  },
];

const ERASED = [
  'name, name parts, alternate scripts, preferred name and honorific',
  'name search keys',
  'e-mail, phone, postal address and messenger ids with their search hashes',
  'nationality, additional locales, communication style, preferred channels and contact hours',
  'observed festivals',
  'vulnerability record (drivers, note, adjustments, review date)',
  'identity documents (encrypted numbers and search hashes)',
  'segmentation signals, segments and churn-risk score',
  'published events about the customer kept in the outbox',
  'stored answers of idempotent requests about the customer',
];

@Injectable()
export class PersonalDataSqlEraser extends PersonalDataEraser {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return activeManager(this.dataSource);
  }

  async isRegistered(customerId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(`SELECT 1 FROM customers WHERE id = $1`, [customerId]);
    return rows.length > 0;
  }

  async erase(customerId: string, at: Date): Promise<ErasureOutcome> {
    const q = (sql: string) => this.manager.query(sql, [customerId]);
    // full_name is NOT NULL: an empty name says "erased" without inventing one.
    await this.manager.query(
      `UPDATE customers SET
         full_name = '', given_name = NULL, family_name = NULL, name_order = NULL, name_alternates = '[]',
         preferred_name = NULL, honorific = NULL, additional_locales = '{}', nationality = NULL,
         communication_style = NULL, observed_festivals = NULL, email = NULL, phone = NULL,
         email_encrypted = NULL, email_hash = NULL, phone_encrypted = NULL, phone_hash = NULL,
         postal_address = NULL, messenger_ids = NULL, pii_key_id = NULL, preferred_channels = '{}',
         contact_hours_start = NULL, contact_hours_end = NULL, updated_at = $2, version = version + 1
       WHERE id = $1`,
      [customerId, at],
    );
    // Stored answers of idempotent requests about the customer hold personal data (a registration names
    // the customer, an added document shows its number): found by the customer's or a document's id.
    const documents = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM customer_identity_documents WHERE customer_id = $1`,
      [customerId],
    );
    await forgetStoredReplies(this.manager, [customerId, ...documents.map((d) => d.id)]);
    await q(`DELETE FROM customer_name_search_keys WHERE customer_id = $1`);
    // Health and life events (special category, GDPR Art. 9): no ground to keep any of it.
    await q(`DELETE FROM customer_vulnerabilities WHERE customer_id = $1`);
    // The CRM's copy for servicing; the AML evidence itself lives in the bank's KYC system of record.
    await q(`DELETE FROM customer_identity_documents WHERE customer_id = $1`);
    // Profiling stops (GDPR Art. 21, 22): the row stays as a marker so that later events are not collected.
    await q(`DELETE FROM segmentation_loans WHERE customer_id = $1`);
    await this.manager.query(
      `INSERT INTO segmentation_signals (customer_id, erased_at, updated_at) VALUES ($1, $2, $2)
       ON CONFLICT (customer_id) DO UPDATE SET
         complaints = '{}', missed_payments = '[]', hardship_requests = '[]', interactions = '[]',
         last_activity_at = NULL, last_csat = NULL, last_nps = NULL, assessment = NULL,
         next_review_at = NULL, erased_at = $2, updated_at = $2`,
      [customerId, at],
    );
    // Events already delivered may carry the name and contact points; undelivered ones must still go out.
    await q(`DELETE FROM outbox WHERE partition_key = $1 AND sent_at IS NOT NULL`);
    return { erased: ERASED, retained: RETAINED };
  }
}
