import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One complaint: the columns reports filter and group on, the rest of the case as JSON. */
@Entity('complaints')
export class ComplaintOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('text') status!: string;
  @Column('text') regime!: string;
  @Column('text') jurisdiction!: string;
  @Column('text') language!: string;
  @Column('text') product!: string;
  @Column('text') issue!: string;
  @Column('text', { name: 'submitted_via' }) submittedVia!: string;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('text') description!: string;
  @Column('text', { name: 'desired_outcome' }) desiredOutcome!: string;
  @Column('text', { name: 'handler_id', nullable: true }) handlerId!: string | null;
  @Column('text', { name: 'root_cause', nullable: true }) rootCause!: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('timestamptz', { name: 'redacted_at', nullable: true }) redactedAt!: Date | null;
  /** Everything else of the snapshot: clock, history, resolution, closure, escalation, extensions. */
  @Column('jsonb') details!: Record<string, unknown>;
  @Column('integer') version!: number;
}

/** A milestone's clock, one row per complaint and milestone: what the SLA scheduler scans. */
@Entity('complaint_clocks')
export class ComplaintClockOrmEntity {
  @PrimaryColumn('uuid', { name: 'complaint_id' }) complaintId!: string;
  @PrimaryColumn('text') milestone!: string;
  @Column('date', { name: 'due_date' }) dueDate!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('boolean', { name: 'is_watched' }) isWatched!: boolean;
}

/** Each SLA event fired: the primary key makes it fire once per complaint, milestone, kind and deadline. */
@Entity('complaint_sla_alerts')
export class ComplaintSlaAlertOrmEntity {
  @PrimaryColumn('uuid', { name: 'complaint_id' }) complaintId!: string;
  @PrimaryColumn('text') milestone!: string;
  @PrimaryColumn('text') kind!: string;
  @PrimaryColumn('date') deadline!: string;
  @Column('timestamptz', { name: 'fired_at' }) firedAt!: Date;
}

/** Local copy of `crm.interaction.recorded.v1`: who took part in which interaction (recusal). */
@Entity('interaction_staff')
export class InteractionStaffOrmEntity {
  @PrimaryColumn('uuid', { name: 'interaction_id' }) interactionId!: string;
  @PrimaryColumn('text', { name: 'staff_id' }) staffId!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
}

/** Local copy of `crm.customer.vulnerability-changed.v1`: the adjustments only, never the note. */
@Entity('customer_vulnerabilities')
export class CustomerVulnerabilityOrmEntity {
  @PrimaryColumn('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('text', { array: true }) adjustments!: string[];
  @Column('date', { name: 'review_date', nullable: true }) reviewDate!: string | null;
  @Column('timestamptz', { name: 'changed_at' }) changedAt!: Date;
}
