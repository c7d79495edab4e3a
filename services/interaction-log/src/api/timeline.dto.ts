import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '@crm/platform';
import type { TimelineEntry } from '../domain/timeline-entry';

export class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Only entries of these types (comma-separated).',
    example: 'crm.customer.registered.v1',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9.-]{1,100}$/, {
    each: true,
    message: 'type must be an entry type such as crm.customer.registered.v1',
  })
  type?: string[];
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
  @ApiProperty({ example: 'Customer registered' }) title!: string;
  @ApiPropertyOptional({ type: SourceEventDto }) sourceEvent?: SourceEventDto;

  static from(entry: TimelineEntry): TimelineEntryResponse {
    return {
      id: entry.id,
      type: entry.type,
      occurredAt: entry.occurredAt.toISOString(),
      channel: entry.channel,
      title: entry.title,
      ...(entry.sourceEvent ? { sourceEvent: entry.sourceEvent } : {}),
    };
  }
}

export class TimelinePageResponse {
  @ApiProperty({ type: [TimelineEntryResponse] }) items!: TimelineEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
