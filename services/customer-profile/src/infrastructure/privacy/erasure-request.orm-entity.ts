import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServiceName } from '@crm/contracts';
import type { RetainedData } from '../../domain/privacy/erasure-request';

@Entity('erasure_requests')
export class ErasureRequestOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}

@Entity('erasure_service_reports')
export class ErasureServiceReportOrmEntity {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @PrimaryColumn('text')
  service!: ServiceName;

  @Column('text')
  status!: 'pending' | 'completed';

  @Column('jsonb')
  erased!: string[];

  @Column('jsonb')
  retained!: RetainedData[];

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}
