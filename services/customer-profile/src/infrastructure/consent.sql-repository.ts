import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsentPurpose } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { ConsentRepository } from '../application/consent.repository';
import type { ConsentChannel, ConsentRecord } from '../domain/consent';

interface ConsentRow {
  id: string;
  customer_id: string;
  purpose: ConsentPurpose;
  channel: ConsentChannel;
  status: 'granted' | 'withdrawn';
  wording_version: string;
  source_channel: string;
  changed_at: Date;
}

/** Table `customer_consents`: rows are only ever inserted. */
@Injectable()
export class ConsentSqlRepository extends ConsentRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async append(record: ConsentRecord): Promise<void> {
    await activeManager(this.dataSource).query(
      `INSERT INTO customer_consents (id, customer_id, purpose, channel, status, wording_version, source_channel, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.id,
        record.customerId,
        record.purpose,
        record.channel,
        record.status,
        record.wordingVersion,
        record.sourceChannel,
        record.changedAt,
      ],
    );
  }

  async history(customerId: string): Promise<ConsentRecord[]> {
    const rows: ConsentRow[] = await activeManager(this.dataSource).query(
      `SELECT * FROM customer_consents WHERE customer_id = $1 ORDER BY seq`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      purpose: row.purpose,
      channel: row.channel,
      status: row.status,
      wordingVersion: row.wording_version,
      sourceChannel: row.source_channel,
      changedAt: row.changed_at,
    }));
  }

  async isGranted(customerId: string, purpose: ConsentPurpose, channel: ConsentChannel): Promise<boolean> {
    const rows: { status: string }[] = await activeManager(this.dataSource).query(
      `SELECT status FROM customer_consents WHERE customer_id = $1 AND purpose = $2 AND channel = $3
       ORDER BY seq DESC LIMIT 1`,
      [customerId, purpose, channel],
    );
    return rows[0]?.status === 'granted';
  }
}
