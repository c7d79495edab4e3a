import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VulnerabilityAdjustment } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import {
  InvolvementRepository,
  VulnerabilityRepository,
  type VulnerabilityCopy,
} from '../application/complaint.repository';
import { CustomerVulnerabilityOrmEntity, InteractionStaffOrmEntity } from './complaint.orm-entity';

@Injectable()
export class InvolvementTypeOrmRepository extends InvolvementRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(interactionId: string, customerId: string, staffId: string): Promise<void> {
    await activeManager(this.dataSource)
      .createQueryBuilder()
      .insert()
      .into(InteractionStaffOrmEntity)
      .values({ interactionId, customerId, staffId })
      .orIgnore()
      .execute();
  }

  async staffOf(interactionId: string): Promise<Set<string>> {
    const rows = await activeManager(this.dataSource).findBy(InteractionStaffOrmEntity, { interactionId });
    return new Set(rows.map((row) => row.staffId));
  }
}

@Injectable()
export class VulnerabilityTypeOrmRepository extends VulnerabilityRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async upsert(customerId: string, copy: VulnerabilityCopy): Promise<void> {
    await activeManager(this.dataSource).query(
      `INSERT INTO customer_vulnerabilities (customer_id, adjustments, review_date, changed_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (customer_id) DO UPDATE
         SET adjustments = EXCLUDED.adjustments, review_date = EXCLUDED.review_date, changed_at = EXCLUDED.changed_at
         WHERE customer_vulnerabilities.changed_at < EXCLUDED.changed_at`,
      [customerId, copy.adjustments, copy.reviewDate ?? null, copy.changedAt],
    );
  }

  async find(customerId: string): Promise<VulnerabilityCopy | undefined> {
    const row = await activeManager(this.dataSource).findOneBy(CustomerVulnerabilityOrmEntity, {
      customerId,
    });
    if (!row) return undefined;
    return {
      adjustments: row.adjustments as VulnerabilityAdjustment[],
      ...(row.reviewDate ? { reviewDate: row.reviewDate } : {}),
      changedAt: row.changedAt,
    };
  }

  async erase(customerId: string): Promise<boolean> {
    const result = await activeManager(this.dataSource).delete(CustomerVulnerabilityOrmEntity, {
      customerId,
    });
    return (result.affected ?? 0) > 0;
  }
}
