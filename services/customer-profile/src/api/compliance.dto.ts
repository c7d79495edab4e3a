import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { AML_FLAGS, KYC_STATUSES, type AmlFlag, type KycStatus } from '@crm/contracts';
import { IsHumanText } from '@crm/platform';
import type { ComplianceChange } from '../domain/compliance';
import { IsLocalDate } from './local-date.validator';

export class UpdateComplianceRequest {
  @ApiProperty({ enum: KYC_STATUSES, example: 'verified' })
  @IsIn(KYC_STATUSES)
  kycStatus!: KycStatus;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD; required when verified.', example: '2028-11-24' })
  @IsOptional()
  @IsLocalDate()
  kycExpiresOn?: string;

  @ApiProperty({ enum: AML_FLAGS, isArray: true, example: [] })
  @IsArray()
  @ArrayUnique()
  @IsIn(AML_FLAGS, { each: true })
  amlFlags!: AmlFlag[];

  @ApiProperty({
    description: 'Why; kept in the history.',
    example: 'Passport checked at branch 0042',
    maxLength: 500,
  })
  @IsHumanText({ maxLength: 500 })
  reason!: string;
}

export class ComplianceChangeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: KYC_STATUSES, example: 'verified' }) kycStatus!: KycStatus;
  @ApiPropertyOptional({ example: '2028-11-24' }) kycExpiresOn?: string;
  @ApiProperty({ enum: AML_FLAGS, isArray: true, example: [] }) amlFlags!: AmlFlag[];
  @ApiProperty({ example: 'Passport checked at branch 0042' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;

  static from(change: ComplianceChange): ComplianceChangeResponse {
    return {
      id: change.id,
      kycStatus: change.kycStatus,
      ...(change.kycExpiresOn === undefined ? {} : { kycExpiresOn: change.kycExpiresOn }),
      amlFlags: change.amlFlags,
      reason: change.reason,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class ComplianceResponse {
  @ApiProperty({
    type: ComplianceChangeResponse,
    nullable: true,
    description: 'The latest change; null if none.',
  })
  current!: ComplianceChangeResponse | null;
  @ApiProperty({ type: [ComplianceChangeResponse], description: 'Oldest first.' })
  history!: ComplianceChangeResponse[];
}
