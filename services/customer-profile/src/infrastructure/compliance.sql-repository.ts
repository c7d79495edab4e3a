import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AmlFlag, KycStatus } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { ComplianceRepository } from '../application/compliance.repository';
import type { ComplianceChange } from '../domain/compliance';

/** Table `customer_compliance_changes`: rows are only ever inserted; the latest is the current state. */
@Injectable()
export class ComplianceSqlRepository extends ComplianceRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async append(change: ComplianceChange): Promise<void> {
    await activeManager(this.dataSource).query(
      `INSERT INTO customer_compliance_changes (id, customer_id, kyc_status, kyc_expires_on, aml_flags, reason, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        change.id,
        change.customerId,
        change.kycStatus,
        change.kycExpiresOn ?? null,
        change.amlFlags,
        change.reason,
        change.changedAt,
      ],
    );
  }

  async history(customerId: string): Promise<ComplianceChange[]> {
    const rows: {
      id: string;
      customer_id: string;
      kyc_status: KycStatus;
      kyc_expires_on: string | null;
      aml_flags: AmlFlag[];
      reason: string;
      changed_at: Date;
    }[] = await activeManager(this.dataSource).query(
      `SELECT id, customer_id, kyc_status, to_char(kyc_expires_on, 'YYYY-MM-DD') AS kyc_expires_on, aml_flags,
              reason, changed_at
       FROM customer_compliance_changes WHERE customer_id = $1 ORDER BY seq`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      kycStatus: row.kyc_status,
      ...(row.kyc_expires_on === null ? {} : { kycExpiresOn: row.kyc_expires_on }),
      amlFlags: row.aml_flags,
      reason: row.reason,
      changedAt: row.changed_at,
    }));
  }
}
