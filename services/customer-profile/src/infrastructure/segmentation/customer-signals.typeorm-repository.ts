import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { Decimal } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { CustomerSignalsRepository } from '../../application/segmentation/customer-signals.repository';
import { CustomerSignals } from '../../domain/segmentation/customer-signals';
import { SegmentationLoanOrmEntity, SegmentationSignalsOrmEntity } from './segmentation-signals.orm-entity';

@Injectable()
export class CustomerSignalsTypeOrmRepository extends CustomerSignalsRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return activeManager(this.dataSource);
  }

  async lockOrStart(customerId: string): Promise<CustomerSignals | undefined> {
    // Two first events of one customer racing: the insert that loses does nothing, both then lock the row.
    await this.manager.query(
      `INSERT INTO segmentation_signals (customer_id) VALUES ($1) ON CONFLICT (customer_id) DO NOTHING`,
      [customerId],
    );
    const row = await this.manager.findOne(SegmentationSignalsOrmEntity, {
      where: { customerId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || row.erasedAt) return undefined;
    return this.restore(row);
  }

  async lockDueForReview(now: Date, limit: number): Promise<CustomerSignals[]> {
    const rows = await this.manager.find(SegmentationSignalsOrmEntity, {
      where: { nextReviewAt: LessThanOrEqual(now), erasedAt: IsNull() },
      order: { nextReviewAt: 'ASC' },
      take: limit,
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
    return Promise.all(rows.map((row) => this.restore(row)));
  }

  async save(signals: CustomerSignals, nextReviewAt: Date | null, now: Date): Promise<void> {
    const s = signals.snapshot;
    await this.manager.update(SegmentationSignalsOrmEntity, s.customerId, {
      complaints: s.complaints,
      missedPayments: s.missedPayments,
      hardshipRequests: s.hardshipRequests,
      interactions: s.interactions,
      lastActivityAt: s.lastActivityAt === null ? null : new Date(s.lastActivityAt),
      lastCsat: s.lastCsat,
      lastNps: s.lastNps,
      assessment: s.assessment,
      nextReviewAt,
      updatedAt: now,
    });
    if (s.loans.length > 0)
      await this.manager.upsert(
        SegmentationLoanOrmEntity,
        s.loans.map((loan) => ({
          customerId: s.customerId,
          loanId: loan.loanId,
          currency: loan.currency,
          outstanding: new Decimal(loan.outstanding),
          daysPastDue: loan.daysPastDue,
          isOpen: loan.isOpen,
          firstSeenAt: new Date(loan.firstSeenAt),
        })),
        ['customerId', 'loanId'],
      );
  }

  async find(customerId: string): Promise<CustomerSignals | undefined> {
    const row = await this.manager.findOneBy(SegmentationSignalsOrmEntity, { customerId });
    if (!row || row.erasedAt) return undefined;
    return this.restore(row);
  }

  async isKnownCustomer(customerId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM customers c WHERE c.id = $1
         AND NOT EXISTS (SELECT 1 FROM segmentation_signals s WHERE s.customer_id = c.id AND s.erased_at IS NOT NULL)`,
      [customerId],
    );
    return rows.length > 0;
  }

  private async restore(row: SegmentationSignalsOrmEntity): Promise<CustomerSignals> {
    const loans = await this.manager.findBy(SegmentationLoanOrmEntity, { customerId: row.customerId });
    return CustomerSignals.restore({
      customerId: row.customerId,
      loans: loans.map((loan) => ({
        loanId: loan.loanId,
        currency: loan.currency,
        outstanding: loan.outstanding.toString(),
        daysPastDue: loan.daysPastDue,
        isOpen: loan.isOpen,
        firstSeenAt: loan.firstSeenAt.toISOString(),
      })),
      complaints: row.complaints,
      missedPayments: row.missedPayments,
      hardshipRequests: row.hardshipRequests,
      interactions: row.interactions,
      lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
      lastCsat: row.lastCsat,
      lastNps: row.lastNps,
      assessment: row.assessment,
    });
  }
}
