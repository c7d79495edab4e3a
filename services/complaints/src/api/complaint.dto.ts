import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMPLAINT_OUTCOMES, COMPLAINT_REGIMES, type ComplaintRegime } from '@crm/contracts';
import { IsHumanText, IsLocale, PageQuery } from '@crm/platform';
import type { ComplaintView } from '../application/complaint.queries';
import { ADJUSTMENT_GUIDANCE, COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/complaint';
import {
  CFPB_COMPANY_RESPONSES,
  ESCALATION_TARGETS,
  ROOT_CAUSES,
  SUBMISSION_CHANNELS,
  type EscalationTarget,
  type SubmissionChannel,
} from '../domain/root-causes';
import { IsInCfpbTaxonomy, IsSupportedJurisdiction } from './taxonomy.validators';

export class RegimeOverrideDto {
  @ApiProperty({ enum: COMPLAINT_REGIMES, example: 'uk-fca-psd' })
  @IsIn(COMPLAINT_REGIMES)
  regime!: ComplaintRegime;

  @ApiProperty({ example: 'Payment transaction on the mortgage account', maxLength: 500 })
  @IsHumanText({ maxLength: 500 })
  reason!: string;
}

export class SubmitComplaintRequest {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: SUBMISSION_CHANNELS, example: 'phone' })
  @IsIn(SUBMISSION_CHANNELS)
  submittedVia!: SubmissionChannel;

  @ApiProperty({
    description: 'ISO 8601 with an offset; stored in UTC.',
    example: '2026-12-23T10:00:00+00:00',
  })
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, {
    message: 'receivedAt must carry a UTC offset, e.g. 2026-12-23T10:00:00+08:00',
  })
  receivedAt!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2, optionally -ISO 3166-2 subdivision.', example: 'GB' })
  @IsSupportedJurisdiction()
  jurisdiction!: string;

  @ApiProperty({ description: 'BCP 47 language of the complaint.', example: 'en-GB' })
  @IsLocale()
  language!: string;

  @ApiProperty({ description: 'CFPB product.', example: 'Mortgage' })
  @IsInCfpbTaxonomy('product')
  product!: string;

  @ApiPropertyOptional({
    description: 'CFPB sub-product of the product.',
    example: 'Conventional home mortgage',
  })
  @ValidateIf((o: SubmitComplaintRequest) => o.subProduct !== undefined)
  @IsInCfpbTaxonomy('subProduct')
  subProduct?: string;

  @ApiProperty({ description: 'CFPB issue of the product.', example: 'Trouble during payment process' })
  @IsInCfpbTaxonomy('issue')
  issue!: string;

  @ApiPropertyOptional({ description: 'CFPB sub-issue of the issue.', example: 'Payment process' })
  @ValidateIf((o: SubmitComplaintRequest) => o.subIssue !== undefined)
  @IsInCfpbTaxonomy('subIssue')
  subIssue?: string;

  @ApiProperty({
    description: 'The complaint in the customer’s words, any script.',
    example: '我的还款被扣了两次。',
    maxLength: 10000,
  })
  @IsHumanText({ maxLength: 10000, multiline: true })
  description!: string;

  @ApiProperty({ example: 'Refund the second payment.', maxLength: 2000 })
  @IsHumanText({ maxLength: 2000, multiline: true })
  desiredOutcome!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The complained-about interaction (its staff are recused).',
  })
  @IsOptional()
  @IsUUID()
  interactionId?: string;

  @ApiPropertyOptional({
    description: 'CFPB complaint id or ombudsman reference.',
    example: '240115-12345678',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/, {
    message: 'regulatorReference must be 1–100 letters, digits, . _ / -',
  })
  regulatorReference?: string;

  @ApiProperty({ description: 'Whether the narrative may be published (CFPB database).', example: false })
  @IsBoolean()
  narrativePublicationConsent!: boolean;

  @ApiPropertyOptional({
    description: 'Legal or regulatory impact: the final response needs a second approver.',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  hasLegalOrRegulatoryImpact?: boolean;

  @ApiPropertyOptional({
    type: RegimeOverrideDto,
    description: 'Overrides the regime the rules would choose.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RegimeOverrideDto)
  regimeOverride?: RegimeOverrideDto;
}

export class ComplaintListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;
}

export class RedressDto {
  @ApiProperty({ enum: ['monetary', 'non-monetary', 'none'], example: 'monetary' })
  @IsIn(['monetary', 'non-monetary', 'none'])
  type!: 'monetary' | 'non-monetary' | 'none';

  @ApiPropertyOptional({ description: 'Decimal string (monetary only).', example: '150.00' })
  @ValidateIf((o: RedressDto) => o.type === 'monetary' || o.amount !== undefined)
  @Matches(/^\d{1,15}(\.\d{1,4})?$/, { message: 'amount must be a decimal string such as 150.00' })
  amount?: string;

  @ApiPropertyOptional({ description: 'ISO 4217 (monetary only).', example: 'GBP' })
  @ValidateIf((o: RedressDto) => o.type === 'monetary' || o.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as GBP' })
  currency?: string;
}

export class ResolutionRequest {
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, example: 'upheld' })
  @IsIn(COMPLAINT_OUTCOMES)
  outcome!: (typeof COMPLAINT_OUTCOMES)[number];

  @ApiProperty({ type: RedressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RedressDto)
  redress!: RedressDto;

  @ApiProperty({ enum: CFPB_COMPANY_RESPONSES, example: 'Closed with monetary relief' })
  @IsIn(CFPB_COMPANY_RESPONSES)
  companyResponse!: string;

  @ApiPropertyOptional({ example: 'We refunded the duplicate payment.', maxLength: 5000 })
  @IsOptional()
  @IsHumanText({ maxLength: 5000, multiline: true })
  summary?: string;
}

export class ClosureRequest {
  @ApiProperty({ enum: ROOT_CAUSES, example: 'process-failure' })
  @IsIn(ROOT_CAUSES)
  rootCause!: string;

  @ApiProperty({ example: 'A batch rerun debited the instalment twice.', maxLength: 5000 })
  @IsHumanText({ maxLength: 5000, multiline: true })
  findings!: string;
}

export class ReopeningRequest {
  @ApiProperty({ example: 'The customer sent new evidence.', maxLength: 1000 })
  @IsHumanText({ maxLength: 1000, multiline: true })
  reason!: string;
}

export class EscalationRequest {
  @ApiProperty({ enum: ESCALATION_TARGETS, example: 'ombudsman' })
  @IsIn(ESCALATION_TARGETS)
  to!: EscalationTarget;

  @ApiPropertyOptional({ example: 'FOS-123456' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/, {
    message: 'reference must be 1–100 letters, digits, . _ / -',
  })
  reference?: string;
}

export class ExtensionRequest {
  @ApiProperty({ enum: ['complex-case', 'special-approval'], example: 'complex-case' })
  @IsIn(['complex-case', 'special-approval'])
  ground!: string;

  @ApiProperty({ example: 'Branch CCTV must be retrieved.', maxLength: 1000 })
  @IsHumanText({ maxLength: 1000, multiline: true })
  reason!: string;
}

export class AssignmentRequest {
  @ApiProperty({ description: 'Staff id of the handler.', example: 'staff-0042' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/, { message: 'handlerId must be a staff id' })
  handlerId!: string;
}

export class MilestoneDto {
  @ApiProperty({ example: 'finalResponse' }) milestone!: string;
  @ApiProperty({ format: 'date', example: '2027-02-17' }) dueDate!: string;
  @ApiProperty({ example: { days: 56, unit: 'calendar' } }) count!: { days: number; unit: string };
  @ApiProperty({ description: 'Missing it breaks a rule (watched by the SLA scheduler).' })
  isObligation!: boolean;
  @ApiProperty({ example: 'DISP 1.6.2R' }) basis!: string;
  @ApiPropertyOptional({ example: { at: '2027-01-05T12:00:00.000Z', isOnTime: true } })
  met?: { at: string; isOnTime: boolean };
}

export class VulnerabilityAdjustmentDto {
  @ApiProperty({ example: 'extra-time' }) adjustment!: string;
  @ApiProperty() guidance!: string;
}

export class ComplaintResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: string;
  @ApiProperty() submittedVia!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) receivedAt!: string;
  @ApiProperty() jurisdiction!: string;
  @ApiProperty() language!: string;
  @ApiProperty() product!: string;
  @ApiPropertyOptional() subProduct?: string;
  @ApiProperty() issue!: string;
  @ApiPropertyOptional() subIssue?: string;
  @ApiProperty() description!: string;
  @ApiProperty() desiredOutcome!: string;
  @ApiPropertyOptional() loanId?: string;
  @ApiPropertyOptional() interactionId?: string;
  @ApiPropertyOptional() regulatorReference?: string;
  @ApiProperty() narrativePublicationConsent!: boolean;
  @ApiProperty() hasLegalOrRegulatoryImpact!: boolean;
  @ApiProperty({ enum: COMPLAINT_REGIMES }) regime!: string;
  @ApiProperty({ enum: ['rules', 'override'] }) regimeSource!: string;
  @ApiPropertyOptional() regimeOverrideReason?: string;
  @ApiProperty({
    description: 'Local dates in deadlineTimeZone, one per milestone of the regime.',
    example: { acknowledgement: '2026-12-31', summaryResolution: '2026-12-30', finalResponse: '2027-02-17' },
  })
  deadlines!: Record<string, string>;
  @ApiProperty({ example: 'Europe/London' }) deadlineTimeZone!: string;
  @ApiProperty({ type: [MilestoneDto] }) milestones!: MilestoneDto[];
  @ApiPropertyOptional() handlerId?: string;
  @ApiProperty({ description: 'Deadline extensions with reason and approver.' }) extensions!: object[];
  @ApiPropertyOptional({ description: 'A final response waiting for the second approver.' })
  pendingResolution?: object;
  @ApiPropertyOptional() resolution?: object;
  @ApiPropertyOptional() closure?: object;
  @ApiPropertyOptional() escalation?: object;
  @ApiProperty({ description: 'Every step: action, from, to, at, by, milestones met and whether on time.' })
  history!: object[];
  @ApiProperty({
    type: [VulnerabilityAdjustmentDto],
    description: 'The customer’s agreed adjustments (never the note).',
  })
  vulnerabilityAdjustments!: VulnerabilityAdjustmentDto[];
  @ApiPropertyOptional({ format: 'date-time' }) redactedAt?: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() version!: number;

  static from(view: ComplaintView): ComplaintResponse {
    const c = view.complaint.snapshot;
    return {
      id: c.id,
      customerId: c.customerId,
      status: c.status,
      submittedVia: c.submittedVia,
      receivedAt: c.receivedAt.toISOString(),
      jurisdiction: c.jurisdiction,
      language: c.language,
      product: c.product,
      ...(c.subProduct ? { subProduct: c.subProduct } : {}),
      issue: c.issue,
      ...(c.subIssue ? { subIssue: c.subIssue } : {}),
      description: c.description,
      desiredOutcome: c.desiredOutcome,
      ...(c.loanId ? { loanId: c.loanId } : {}),
      ...(c.interactionId ? { interactionId: c.interactionId } : {}),
      ...(c.regulatorReference ? { regulatorReference: c.regulatorReference } : {}),
      narrativePublicationConsent: c.narrativePublicationConsent,
      hasLegalOrRegulatoryImpact: c.hasLegalOrRegulatoryImpact,
      regime: c.regime,
      regimeSource: c.regimeSource,
      ...(c.regimeOverrideReason ? { regimeOverrideReason: c.regimeOverrideReason } : {}),
      deadlines: view.complaint.deadlines as Record<string, string>,
      deadlineTimeZone: c.clock.timeZone,
      milestones: c.clock.milestones.map((m) => ({ ...m, count: { ...m.count } })),
      ...(c.handlerId ? { handlerId: c.handlerId } : {}),
      extensions: c.extensions,
      ...(c.pendingResolution ? { pendingResolution: c.pendingResolution } : {}),
      ...(c.resolution ? { resolution: c.resolution } : {}),
      ...(c.closure ? { closure: c.closure } : {}),
      ...(c.escalation ? { escalation: c.escalation } : {}),
      history: c.history,
      vulnerabilityAdjustments: (view.vulnerability?.adjustments ?? []).map((adjustment) => ({
        adjustment,
        guidance: ADJUSTMENT_GUIDANCE[adjustment],
      })),
      ...(c.redactedAt ? { redactedAt: c.redactedAt.toISOString() } : {}),
      recordedAt: c.recordedAt.toISOString(),
      version: c.version,
    };
  }
}

export class ComplaintPageResponse {
  @ApiProperty({ type: [ComplaintResponse] }) items!: ComplaintResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
