import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
} from 'class-validator';
import {
  INTERACTION_CHANNELS,
  INTERACTION_OUTCOMES,
  type InteractionChannel,
  type InteractionOutcome,
} from '@crm/contracts';
import { IsHumanText, IsLocale } from '@crm/platform';
import { maySeePersonalData } from '@crm/security';
import {
  SUMMARY_MAX_LENGTH,
  type Direction,
  type Interaction,
  type InteractionFacts,
} from '../domain/interaction';

/** An instant with its UTC offset, as the channel app saw it (`Z` or `±hh:mm`). */
export const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const INSTANT_MESSAGE = (property: string) =>
  `${property} must be an ISO 8601 instant with its offset, e.g. 2026-11-24T10:15:00+08:00`;

export class RecordInteractionRequest {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: INTERACTION_CHANNELS, example: 'wechat' })
  @IsIn(INTERACTION_CHANNELS)
  channel!: InteractionChannel;

  @ApiProperty({ enum: ['inbound', 'outbound'], example: 'inbound' })
  @IsIn(['inbound', 'outbound'])
  direction!: Direction;

  @ApiProperty({ description: 'With its UTC offset; stored in UTC.', example: '2026-11-24T10:15:00+08:00' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('occurredAt') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('occurredAt') })
  occurredAt!: string;

  @ApiProperty({ description: 'BCP 47 tag of the language spoken; stored canonical.', example: 'zh-Hans' })
  @IsLocale()
  language!: string;

  @ApiPropertyOptional({ default: false, example: false })
  @IsOptional()
  @IsBoolean()
  interpreterUsed?: boolean;

  @ApiPropertyOptional({ example: 'staff-0042', maxLength: 100 })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  staffId?: string;

  @ApiPropertyOptional({ description: 'Branch or team.', example: 'shanghai-branch', maxLength: 100 })
  @IsOptional()
  @IsHumanText({ maxLength: 100 })
  team?: string;

  @ApiProperty({
    description: 'What was said and agreed, in any script. Personal data: never leaves this service.',
    example: '客户询问还款日期，已告知下次还款日为12月5日。',
    maxLength: SUMMARY_MAX_LENGTH,
  })
  @IsHumanText({ maxLength: SUMMARY_MAX_LENGTH, multiline: true })
  summary!: string;

  @ApiProperty({ enum: INTERACTION_OUTCOMES, example: 'resolved' })
  @IsIn(INTERACTION_OUTCOMES)
  outcome!: InteractionOutcome;

  @ApiPropertyOptional({ type: [String], example: ['repayment-date'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/i, {
    each: true,
    message: 'each topic must be a tag such as repayment-date',
  })
  topics?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  complaintId?: string;
}

/** A correction restates the interaction in full; the customer is the original's. */
export class CorrectInteractionRequest extends OmitType(RecordInteractionRequest, ['customerId'] as const) {}

export function interactionFacts(body: Omit<RecordInteractionRequest, 'customerId'>): InteractionFacts {
  return {
    channel: body.channel,
    direction: body.direction,
    occurredAt: new Date(body.occurredAt),
    language: body.language,
    interpreterUsed: body.interpreterUsed ?? false,
    summary: body.summary,
    outcome: body.outcome,
    topics: body.topics ?? [],
    ...(body.staffId ? { staffId: body.staffId } : {}),
    ...(body.team ? { team: body.team } : {}),
    ...(body.loanId ? { loanId: body.loanId } : {}),
    ...(body.complaintId ? { complaintId: body.complaintId } : {}),
  };
}

export class InteractionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: INTERACTION_CHANNELS }) channel!: string;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) occurredAt!: string;
  @ApiProperty({ example: 'zh-Hans' }) language!: string;
  @ApiProperty() interpreterUsed!: boolean;
  @ApiPropertyOptional() staffId?: string;
  @ApiPropertyOptional() team?: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when erased, or when the caller lacks pii:read (see summaryStatus).',
  })
  summary!: string | null;
  @ApiProperty({ enum: ['present', 'withheld', 'erased'] }) summaryStatus!: 'present' | 'withheld' | 'erased';
  @ApiProperty({ enum: INTERACTION_OUTCOMES }) outcome!: string;
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiPropertyOptional({ format: 'uuid' }) loanId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) complaintId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The interaction this one corrects.' })
  supersedes?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The correction that replaced this one.' })
  supersededBy?: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;

  static from(interaction: Interaction, revealSummary: boolean = maySeePersonalData()): InteractionResponse {
    const summaryStatus = interaction.summary === null ? 'erased' : revealSummary ? 'present' : 'withheld';
    return {
      id: interaction.id,
      customerId: interaction.customerId,
      channel: interaction.channel,
      direction: interaction.direction,
      occurredAt: interaction.occurredAt.toISOString(),
      language: interaction.language,
      interpreterUsed: interaction.interpreterUsed,
      ...(interaction.staffId ? { staffId: interaction.staffId } : {}),
      ...(interaction.team ? { team: interaction.team } : {}),
      summary: summaryStatus === 'present' ? interaction.summary : null,
      summaryStatus,
      outcome: interaction.outcome,
      topics: interaction.topics,
      ...(interaction.loanId ? { loanId: interaction.loanId } : {}),
      ...(interaction.complaintId ? { complaintId: interaction.complaintId } : {}),
      ...(interaction.supersedes ? { supersedes: interaction.supersedes } : {}),
      ...(interaction.supersededBy ? { supersededBy: interaction.supersededBy } : {}),
      recordedAt: interaction.recordedAt.toISOString(),
    };
  }
}

export class InteractionHistoryResponse {
  @ApiProperty({ type: [InteractionResponse], description: 'The original first, then each correction.' })
  items!: InteractionResponse[];
}
