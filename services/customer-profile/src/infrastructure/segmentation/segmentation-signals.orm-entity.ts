import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Decimal } from '@crm/kernel';
import { decimalTransformer } from '@crm/persistence';
import type { ComplaintState, StoredAssessment } from '../../domain/segmentation/customer-signals';

@Entity('segmentation_signals')
export class SegmentationSignalsOrmEntity {
  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('jsonb')
  complaints!: Record<string, ComplaintState>;

  @Column('jsonb', { name: 'missed_payments' })
  missedPayments!: string[];

  @Column('jsonb', { name: 'hardship_requests' })
  hardshipRequests!: string[];

  @Column('jsonb')
  interactions!: string[];

  @Column('timestamptz', { name: 'last_activity_at', nullable: true })
  lastActivityAt!: Date | null;

  @Column('smallint', { name: 'last_csat', nullable: true })
  lastCsat!: number | null;

  @Column('smallint', { name: 'last_nps', nullable: true })
  lastNps!: number | null;

  @Column('jsonb', { nullable: true })
  assessment!: StoredAssessment | null;

  @Column('timestamptz', { name: 'next_review_at', nullable: true })
  nextReviewAt!: Date | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

@Entity('segmentation_loans')
export class SegmentationLoanOrmEntity {
  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId!: string;

  @PrimaryColumn('uuid', { name: 'loan_id' })
  loanId!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('numeric', { transformer: decimalTransformer })
  outstanding!: Decimal;

  @Column('integer', { name: 'days_past_due' })
  daysPastDue!: number;

  @Column('boolean', { name: 'is_open' })
  isOpen!: boolean;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;
}
