import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { EVENT_TYPE_PATTERN } from '@crm/contracts';
import { DEAD_LETTER_READ_LIMIT } from './dead-letters';

/** CloudEvents ids are the producer's own strings; the platform's are UUIDs. No spaces, nothing odd. */
const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

const TRUNCATED = `The topic holds more records than one call reads (${DEAD_LETTER_READ_LIMIT}).`;

export class DeadLetterQuery {
  @ApiPropertyOptional({ example: 'crm.customer.registered.v1', pattern: EVENT_TYPE_PATTERN.source })
  @IsOptional()
  @Matches(EVENT_TYPE_PATTERN, { message: 'type must be an event type: crm.<entity>.<verb>.v<N>' })
  type?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Parked at or after this instant.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 instant' })
  since?: string;

  @ApiPropertyOptional({ description: 'The event id.' })
  @IsOptional()
  @Matches(EVENT_ID_PATTERN, { message: 'id must be an event id' })
  id?: string;
}

/** The same criteria; at least one is required, so that a replay is never of everything by accident. */
export class ReplayDeadLettersRequest extends DeadLetterQuery {}

export class DeadLetterParams {
  @ApiProperty({ description: 'The event id.' })
  @Matches(EVENT_ID_PATTERN, { message: 'eventId must be an event id' })
  eventId!: string;
}

export class DeadLetterResponse {
  @ApiPropertyOptional({ description: 'Absent when the record does not decode as a CloudEvent.' })
  id?: string;
  @ApiPropertyOptional() type?: string;
  @ApiProperty({ description: 'The Kafka key: the customer id.' }) customerKey!: string;
  @ApiPropertyOptional() originalTopic?: string;
  @ApiPropertyOptional() originalPartition?: number;
  @ApiPropertyOptional() originalOffset?: string;
  @ApiPropertyOptional({ example: 'EVENT_SCHEMA_VIOLATION' }) code?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() attempts?: number;
  @ApiPropertyOptional({ format: 'date-time' }) failedAt?: string;
}

export class DeadLetterListResponse {
  @ApiProperty({ type: [DeadLetterResponse] }) items!: DeadLetterResponse[];
  @ApiProperty({ description: TRUNCATED })
  truncated!: boolean;
}

export class DeadLetterDetailResponse extends DeadLetterResponse {
  @ApiPropertyOptional({
    description:
      'The parked record, as UTF-8 text, exactly as it arrived; only for callers holding pii:read.',
  })
  payload?: string;
}

export class ReplayedRecordResponse {
  @ApiPropertyOptional() id?: string;
  @ApiPropertyOptional() type?: string;
  @ApiProperty({ enum: ['handled', 'duplicate', 'ignored', 'failed'] }) outcome!: string;
  @ApiPropertyOptional({ description: 'Why it failed again (failed only).' }) code?: string;
  @ApiPropertyOptional() reason?: string;
}

export class ReplayCountsResponse {
  @ApiProperty() handled!: number;
  @ApiProperty({ description: 'Already applied: nothing changed.' }) duplicate!: number;
  @ApiProperty({ description: 'No handler of this service takes the type.' }) ignored!: number;
  @ApiProperty({ description: 'Failed again; still parked.' }) failed!: number;
}

export class ReplayResponse {
  @ApiProperty({ type: [ReplayedRecordResponse] }) items!: ReplayedRecordResponse[];
  @ApiProperty() counts!: ReplayCountsResponse;
  @ApiProperty({ description: TRUNCATED }) truncated!: boolean;
}
