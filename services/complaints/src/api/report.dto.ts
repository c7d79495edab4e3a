import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isLocalDate } from '@crm/kernel';
import { INSIGHT_DIMENSIONS, type InsightDimension } from '../domain/complaint-reports';

@ValidatorConstraint({ name: 'isLocalDate' })
class IsLocalDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isLocalDate(value);
  }

  defaultMessage(): string {
    return '$property must be a date YYYY-MM-DD';
  }
}

export class ReportPeriodQuery {
  @ApiProperty({
    format: 'date',
    example: '2026-01-01',
    description: 'First day, inclusive (local date of each complaint).',
  })
  @Validate(IsLocalDateConstraint)
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Last day, inclusive.' })
  @Validate(IsLocalDateConstraint)
  to!: string;
}

export class InsightQuery {
  @ApiProperty({ enum: INSIGHT_DIMENSIONS, example: 'language' })
  @IsIn(INSIGHT_DIMENSIONS)
  groupBy!: InsightDimension;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to a year before `to`.' })
  @IsOptional()
  @Validate(IsLocalDateConstraint)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to today (UTC).' })
  @IsOptional()
  @Validate(IsLocalDateConstraint)
  to?: string;
}

export class RedressPaidDto {
  @ApiProperty({ example: 'GBP' }) currency!: string;
  @ApiProperty({ example: '1250.00' }) amount!: string;
}

export class FcaProductGroupDto {
  @ApiProperty({ example: 'Banking and credit cards' }) productGroup!: string;
  @ApiProperty() opened!: number;
  @ApiProperty() closed!: number;
  @ApiProperty({ type: String, nullable: true, example: '0.2500' }) closedWithin3BusinessDays!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '0.9500' }) closedWithin8Weeks!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.4000',
    description: 'Upheld in whole or in part.',
  })
  upheld!: string | null;
  @ApiProperty({ type: [RedressPaidDto] }) redressPaid!: RedressPaidDto[];
}

export class FcaReturnResponse {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [FcaProductGroupDto] }) productGroups!: FcaProductGroupDto[];
}

export class InsightGroupDto {
  @ApiProperty({ example: 'zh-Hans' }) key!: string;
  @ApiProperty() received!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty({ type: String, nullable: true, example: '0.9000' }) resolvedOnTime!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '0.3000' }) upheld!: string | null;
}

export class InsightResponse {
  @ApiProperty({ enum: INSIGHT_DIMENSIONS }) groupBy!: string;
  @ApiProperty({ type: [InsightGroupDto] }) groups!: InsightGroupDto[];
}
