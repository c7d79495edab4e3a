import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('timeline_entries')
export class TimelineEntryOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  type!: string;

  @Column('text')
  channel!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('text')
  title!: string;

  @Column('text', { name: 'source_event_id', nullable: true, unique: true })
  sourceEventId!: string | null;

  @Column('jsonb', { name: 'source_event', nullable: true })
  sourceEvent!: { id: string; type: string; source: string } | null;

  @Column('uuid', { name: 'interaction_id', nullable: true })
  interactionId!: string | null;

  @Column('boolean', { name: 'is_superseded', default: false })
  isSuperseded!: boolean;
}
