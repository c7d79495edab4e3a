import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsHumanText, PageQuery } from '@crm/platform';
import type { FollowUpView } from '../application/follow-up.queries';
import { INSTANT_MESSAGE, INSTANT_WITH_OFFSET, RecordInteractionRequest } from './interaction.dto';

const STATUSES = ['scheduled', 'due', 'overdue', 'completed'] as const;

export class ScheduleFollowUpRequest {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ description: 'With its UTC offset.', example: '2026-11-25T09:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('dueAt') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('dueAt') })
  dueAt!: string;

  @ApiProperty({
    description: 'Reason code or short reason.',
    example: 'check-hardship-outcome',
    maxLength: 200,
  })
  @IsHumanText({ maxLength: 200 })
  reason!: string;

  @ApiPropertyOptional({ example: 'staff-0042', description: 'Staff member, or assignedTeam, or both.' })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  assignedStaffId?: string;

  @ApiPropertyOptional({ example: 'collections-care' })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  assignedTeam?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() interactionId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() complaintId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() loanId?: string;
}

export class FollowUpListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'collections-care' })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  assignedTeam?: string;

  @ApiPropertyOptional({ example: 'staff-0042' })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  assignedStaffId?: string;

  @ApiPropertyOptional({
    enum: STATUSES,
    description: '`due`: due, not yet overdue; `overdue`: missed by more than the margin.',
  })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

/** Completing records the touchpoint; customer, loan and complaint come from the follow-up. */
export class CompleteFollowUpRequest extends OmitType(RecordInteractionRequest, [
  'customerId',
  'loanId',
  'complaintId',
] as const) {}

export class RescheduleFollowUpRequest {
  @ApiProperty({ example: '2026-11-27T09:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('dueAt') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('dueAt') })
  dueAt!: string;

  @ApiPropertyOptional({ example: 'customer-asked-for-friday', maxLength: 200 })
  @IsOptional()
  @IsHumanText({ maxLength: 200 })
  reason?: string;
}

export class FollowUpResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional() assignedStaffId?: string;
  @ApiPropertyOptional() assignedTeam?: string;
  @ApiPropertyOptional({ format: 'uuid' }) interactionId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) complaintId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) loanId?: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The interaction that completed it.' })
  completionInteractionId?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(f: FollowUpView): FollowUpResponse {
    return {
      id: f.id,
      customerId: f.customerId,
      dueAt: f.dueAt.toISOString(),
      reason: f.reason,
      ...(f.assignedStaffId ? { assignedStaffId: f.assignedStaffId } : {}),
      ...(f.assignedTeam ? { assignedTeam: f.assignedTeam } : {}),
      ...(f.interactionId ? { interactionId: f.interactionId } : {}),
      ...(f.complaintId ? { complaintId: f.complaintId } : {}),
      ...(f.loanId ? { loanId: f.loanId } : {}),
      status: f.status,
      ...(f.completedAt ? { completedAt: f.completedAt.toISOString() } : {}),
      ...(f.completionInteractionId ? { completionInteractionId: f.completionInteractionId } : {}),
      createdAt: f.createdAt.toISOString(),
    };
  }
}

export class FollowUpPageResponse {
  @ApiProperty({ type: [FollowUpResponse] }) items!: FollowUpResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
