import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VulnerabilityAdjustment } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { LocalCopyRepository } from '../application/local-copy.repository';

@Injectable()
export class LocalCopyTypeOrmRepository extends LocalCopyRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters) as Promise<T[]>;
  }

  async saveCustomerContact(
    customerId: string,
    contact: { locale?: string; timeZone?: string },
    at: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO loan_customers (customer_id, locale, time_zone, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (customer_id) DO UPDATE SET locale = COALESCE($2, loan_customers.locale),
         time_zone = COALESCE($3, loan_customers.time_zone), updated_at = $4`,
      [customerId, contact.locale ?? null, contact.timeZone ?? null, at],
    );
  }

  async saveAdjustments(customerId: string, adjustments: VulnerabilityAdjustment[], at: Date): Promise<void> {
    await this.query(
      `INSERT INTO loan_customers (customer_id, adjustments, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id) DO UPDATE SET adjustments = $2, updated_at = $3`,
      [customerId, JSON.stringify(adjustments), at],
    );
  }

  async adjustments(customerId: string): Promise<VulnerabilityAdjustment[]> {
    const [row] = await this.query<{ adjustments: VulnerabilityAdjustment[] }>(
      `SELECT adjustments FROM loan_customers WHERE customer_id = $1`,
      [customerId],
    );
    return row?.adjustments ?? [];
  }

  async eraseCustomer(customerId: string): Promise<boolean> {
    const rows = await this.query(`DELETE FROM loan_customers WHERE customer_id = $1 RETURNING customer_id`, [
      customerId,
    ]);
    return rows.length > 0;
  }

  async saveComplaint(
    c: { complaintId: string; loanId: string; customerId: string; isOpen: boolean },
    at: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO loan_complaints (complaint_id, loan_id, customer_id, is_open, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (complaint_id) DO UPDATE SET is_open = $4, updated_at = $5`,
      [c.complaintId, c.loanId, c.customerId, c.isOpen, at],
    );
  }

  async openComplaints(loanId: string): Promise<number> {
    const [row] = await this.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM loan_complaints WHERE loan_id = $1 AND is_open`,
      [loanId],
    );
    return row?.count ?? 0;
  }
}
