import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '@crm/platform';
import type { TimelineEntry } from '../domain/timeline-entry';
import { INSTANT_MESSAGE, INSTANT_WITH_OFFSET } from './interaction.dto';

export class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Only entries of these types (comma-separated): `interaction` or event types.',
    example: 'interaction,crm.loan.payment-received.v1',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9.-]{1,100}$/, {
    each: true,
    message: 'type must be an entry type such as crm.customer.registered.v1',
  })
  type?: string[];

  @ApiPropertyOptional({
    description: 'Only entries on this channel (`system` for events).',
    example: 'phone',
  })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'channel must be a channel name such as phone' })
  channel?: string;

  @ApiPropertyOptional({ description: 'Entries at or after this instant.', example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('from') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'Entries before this instant.', example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('to') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('to') })
  to?: string;

  @ApiPropertyOptional({
    description: 'Also show interactions that a correction superseded (the history view).',
    default: false,
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeSuperseded?: boolean;
}

export class SourceEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty() source!: string;
}

export class TimelineEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'crm.customer.registered.v1' }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) occurredAt!: string;
  @ApiProperty({ example: 'system' }) channel!: string;
  @ApiProperty({ example: 'Payment of 888.49 EUR received' }) title!: string;
  @ApiPropertyOptional({ type: SourceEventDto }) sourceEvent?: SourceEventDto;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'On interaction entries: `GET /v1/interactions/{id}`.',
  })
  interactionId?: string;
  @ApiPropertyOptional({ description: 'On interaction entries: true when a correction replaced it.' })
  isSuperseded?: boolean;

  static from(entry: TimelineEntry): TimelineEntryResponse {
    return {
      id: entry.id,
      type: entry.type,
      occurredAt: entry.occurredAt.toISOString(),
      channel: entry.channel,
      title: entry.title,
      ...(entry.sourceEvent ? { sourceEvent: entry.sourceEvent } : {}),
      ...(entry.interactionId
        ? { interactionId: entry.interactionId, isSuperseded: entry.isSuperseded ?? false }
        : {}),
    };
  }
}

export class TimelinePageResponse {
  @ApiProperty({ type: [TimelineEntryResponse] }) items!: TimelineEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
