import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  AddressAs,
  CommunicationStyle,
  ContactChannel,
  ContactHours,
  CustomerConsentChangedV1Data,
  CustomerContactPreferencesChangedV1Data,
  CustomerProfileUpdatedV1Data,
  CustomerRegisteredV1Data,
  Festival,
  VulnerabilityAdjustment,
} from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { RecipientRepository, type StoredRecipient } from '../application/recipient.repository';
import type { ConsentRecord, ContactPoints } from '../domain/recipient';

interface RecipientRow {
  customer_id: string;
  locale: string;
  time_zone: string;
  country: string;
  communication_style: CommunicationStyle | null;
  address_as: AddressAs | null;
  preferred_channels: ContactChannel[];
  contact_hours: ContactHours | null;
  contact_points: ContactPoints;
  observed_festivals: Festival[];
  adjustments: VulnerabilityAdjustment[];
  has_contact_preferences: boolean;
  erased_at: Date | null;
}

@Injectable()
export class RecipientTypeOrmRepository extends RecipientRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T = unknown>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters);
  }

  async get(customerId: string): Promise<StoredRecipient | undefined> {
    return (await this.getMany([customerId])).get(customerId);
  }

  async getMany(customerIds: string[]): Promise<Map<string, StoredRecipient>> {
    const found = new Map<string, StoredRecipient>();
    if (customerIds.length === 0) return found;
    const rows = await this.query<RecipientRow>(
      `SELECT * FROM recipients WHERE customer_id = ANY($1::uuid[])`,
      [customerIds],
    );
    return this.hydrate(rows);
  }

  private async hydrate(rows: RecipientRow[]): Promise<Map<string, StoredRecipient>> {
    const found = new Map<string, StoredRecipient>();
    if (rows.length === 0) return found;
    const ids = rows.map((r) => r.customer_id);
    const consents = await this.query<{
      customer_id: string;
      purpose: ConsentRecord['purpose'];
      channel: ConsentRecord['channel'];
      status: ConsentRecord['status'];
      changed_at: Date;
    }>(`SELECT * FROM recipient_consents WHERE customer_id = ANY($1::uuid[])`, [ids]);
    const hardships = await this.query<{ customer_id: string; loan_id: string }>(
      `SELECT customer_id, loan_id FROM hardship_arrangements WHERE customer_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) {
      found.set(row.customer_id, {
        customerId: row.customer_id,
        locale: row.locale,
        timeZone: row.time_zone,
        countryOfResidence: row.country,
        communicationStyle: row.communication_style ?? undefined,
        addressAs: row.address_as ?? undefined,
        preferredChannels: row.preferred_channels,
        contactHours: row.contact_hours ?? undefined,
        contactPoints: row.contact_points,
        observedFestivals: row.observed_festivals,
        adjustments: row.adjustments,
        hasContactPreferences: row.has_contact_preferences,
        isErased: row.erased_at !== null,
        consents: consents
          .filter((c) => c.customer_id === row.customer_id)
          .map((c) => ({
            purpose: c.purpose,
            channel: c.channel,
            status: c.status,
            changedAt: new Date(c.changed_at),
          })),
        hardshipLoanIds: hardships.filter((h) => h.customer_id === row.customer_id).map((h) => h.loan_id),
      });
    }
    return found;
  }

  async applyRegistration(data: CustomerRegisteredV1Data, at: Date): Promise<void> {
    // The contact-preferences event carries the same fields and more: never overwrite it.
    await this.query(
      `INSERT INTO recipients (customer_id, locale, time_zone, country, communication_style, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id) DO UPDATE SET locale = EXCLUDED.locale, time_zone = EXCLUDED.time_zone,
         country = EXCLUDED.country, communication_style = EXCLUDED.communication_style, updated_at = EXCLUDED.updated_at
       WHERE NOT recipients.has_contact_preferences AND recipients.erased_at IS NULL`,
      [
        data.customerId,
        data.locale,
        data.timeZone,
        data.countryOfResidence,
        data.communicationStyle ?? null,
        at,
      ],
    );
  }

  async applyContactPreferences(data: CustomerContactPreferencesChangedV1Data, at: Date): Promise<void> {
    const points: ContactPoints = {
      ...(data.contactPoints.email ? { email: data.contactPoints.email } : {}),
      ...(data.contactPoints.phone ? { phone: data.contactPoints.phone } : {}),
      ...(data.contactPoints.whatsapp ? { whatsapp: data.contactPoints.whatsapp } : {}),
      ...(data.contactPoints.postalAddress ? { postalAddress: data.contactPoints.postalAddress } : {}),
    };
    await this.query(
      `INSERT INTO recipients (customer_id, locale, time_zone, country, communication_style, address_as,
         preferred_channels, contact_hours, contact_points, has_contact_preferences, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $10)
       ON CONFLICT (customer_id) DO UPDATE SET locale = EXCLUDED.locale, time_zone = EXCLUDED.time_zone,
         country = EXCLUDED.country, communication_style = EXCLUDED.communication_style,
         address_as = EXCLUDED.address_as, preferred_channels = EXCLUDED.preferred_channels,
         contact_hours = EXCLUDED.contact_hours, contact_points = EXCLUDED.contact_points,
         has_contact_preferences = true, updated_at = EXCLUDED.updated_at
       WHERE recipients.erased_at IS NULL`,
      [
        data.customerId,
        data.locale,
        data.timeZone,
        data.countryOfResidence,
        data.communicationStyle ?? null,
        JSON.stringify(data.addressAs),
        data.preferredChannels,
        data.contactHours ? JSON.stringify(data.contactHours) : null,
        JSON.stringify(points),
        at,
      ],
    );
  }

  async applyConsent(data: CustomerConsentChangedV1Data): Promise<void> {
    await this.query(
      `INSERT INTO recipient_consents (customer_id, purpose, channel, status, changed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (customer_id, purpose, channel) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
       WHERE recipient_consents.changed_at <= EXCLUDED.changed_at`,
      [data.customerId, data.purpose, data.channel, data.status, data.changedAt],
    );
  }

  async applyAdjustments(
    customerId: string,
    adjustments: VulnerabilityAdjustment[],
    at: Date,
  ): Promise<void> {
    await this.query(`UPDATE recipients SET adjustments = $2, updated_at = $3 WHERE customer_id = $1`, [
      customerId,
      adjustments,
      at,
    ]);
  }

  async applyProfileUpdate(data: CustomerProfileUpdatedV1Data, at: Date): Promise<void> {
    const { changes } = data;
    // observedFestivals is named without a value when the consent is not granted: drop our copy then.
    const festivals = data.changedFields.includes('observedFestivals')
      ? (changes.observedFestivals ?? [])
      : null;
    await this.query(
      `UPDATE recipients SET locale = COALESCE($2, locale), time_zone = COALESCE($3, time_zone),
         country = COALESCE($4, country), communication_style = COALESCE($5, communication_style),
         observed_festivals = COALESCE($6, observed_festivals), updated_at = $7
       WHERE customer_id = $1 AND erased_at IS NULL`,
      [
        data.customerId,
        changes.locale ?? null,
        changes.timeZone ?? null,
        changes.countryOfResidence ?? null,
        changes.communicationStyle ?? null,
        festivals,
        at,
      ],
    );
  }

  async setObservedFestivals(customerId: string, festivals: Festival[], at: Date): Promise<void> {
    await this.query(
      `UPDATE recipients SET observed_festivals = $2, updated_at = $3 WHERE customer_id = $1`,
      [customerId, festivals, at],
    );
  }

  async startHardship(arrangementId: string, customerId: string, loanId: string, at: Date): Promise<void> {
    await this.query(
      `INSERT INTO hardship_arrangements (arrangement_id, customer_id, loan_id, started_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (arrangement_id) DO NOTHING`,
      [arrangementId, customerId, loanId, at],
    );
  }

  async endHardship(arrangementId: string): Promise<void> {
    await this.query(`DELETE FROM hardship_arrangements WHERE arrangement_id = $1`, [arrangementId]);
  }

  async festivalObservers(afterCustomerId: string | undefined, limit: number): Promise<StoredRecipient[]> {
    const rows = await this.query<RecipientRow>(
      `SELECT * FROM recipients WHERE cardinality(observed_festivals) > 0 AND erased_at IS NULL
         AND ($1::uuid IS NULL OR customer_id > $1::uuid)
       ORDER BY customer_id LIMIT $2`,
      [afterCustomerId ?? null, limit],
    );
    return [...(await this.hydrate(rows)).values()];
  }

  async erase(customerId: string, at: Date): Promise<void> {
    await this.query(
      `INSERT INTO recipients (customer_id, locale, time_zone, country, updated_at, erased_at)
       VALUES ($1, 'und', 'UTC', 'ZZ', $2, $2)
       ON CONFLICT (customer_id) DO UPDATE SET address_as = NULL, contact_points = '{}', preferred_channels = '{}',
         contact_hours = NULL, observed_festivals = '{}', adjustments = '{}', communication_style = NULL,
         erased_at = $2, updated_at = $2`,
      [customerId, at],
    );
    await this.query(`DELETE FROM recipient_consents WHERE customer_id = $1`, [customerId]);
  }
}
