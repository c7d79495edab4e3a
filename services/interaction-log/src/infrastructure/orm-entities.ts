import { Column, Entity, PrimaryColumn } from 'typeorm';

// Mappings of the tables the repositories read and write with SQL; migrations own the schema.

@Entity('interactions')
export class InteractionOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('text') channel!: string;
  @Column('text') direction!: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('text') language!: string;
  @Column('boolean', { name: 'interpreter_used' }) interpreterUsed!: boolean;
  @Column('text', { name: 'staff_id', nullable: true }) staffId!: string | null;
  @Column('text', { nullable: true }) team!: string | null;
  @Column('text', { nullable: true }) summary!: string | null;
  @Column('timestamptz', { name: 'summary_erased_at', nullable: true }) summaryErasedAt!: Date | null;
  @Column('text') outcome!: string;
  @Column('text', { array: true }) topics!: string[];
  @Column('uuid', { name: 'loan_id', nullable: true }) loanId!: string | null;
  @Column('uuid', { name: 'complaint_id', nullable: true }) complaintId!: string | null;
  @Column('uuid', { nullable: true, unique: true }) supersedes!: string | null;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}

@Entity('customer_copies')
export class CustomerCopyOrmEntity {
  @PrimaryColumn('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('text', { nullable: true }) locale!: string | null;
  @Column('text', { name: 'time_zone', nullable: true }) timeZone!: string | null;
  @Column('text', { name: 'preferred_channels', array: true }) preferredChannels!: string[];
  @Column('text', { name: 'contact_hours_start', nullable: true }) contactHoursStart!: string | null;
  @Column('text', { name: 'contact_hours_end', nullable: true }) contactHoursEnd!: string | null;
}

@Entity('follow_ups')
export class FollowUpOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('text') reason!: string;
  @Column('text', { name: 'assigned_staff_id', nullable: true }) assignedStaffId!: string | null;
  @Column('text', { name: 'assigned_team', nullable: true }) assignedTeam!: string | null;
  @Column('uuid', { name: 'interaction_id', nullable: true }) interactionId!: string | null;
  @Column('uuid', { name: 'complaint_id', nullable: true }) complaintId!: string | null;
  @Column('uuid', { name: 'loan_id', nullable: true }) loanId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('uuid', { name: 'completion_interaction_id', nullable: true }) completionInteractionId!:
    string | null;
  @Column('timestamptz', { name: 'due_fired_at', nullable: true }) dueFiredAt!: Date | null;
  @Column('timestamptz', { name: 'overdue_fired_at', nullable: true }) overdueFiredAt!: Date | null;
}

@Entity('surveys')
export class SurveyOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('text') trigger!: string;
  @Column('uuid', { name: 'trigger_id' }) triggerId!: string;
  @Column('text', { nullable: true }) channel!: string | null;
  @Column('text', { nullable: true }) language!: string | null;
  @Column('text', { nullable: true }) team!: string | null;
  @Column('timestamptz', { name: 'invited_at' }) invitedAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
  @Column('smallint', { nullable: true }) csat!: number | null;
  @Column('smallint', { nullable: true }) nps!: number | null;
  @Column('text', { nullable: true }) comment!: string | null;
}
