import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@crm/contracts';
import { IsHumanText } from '@crm/platform';
import {
  CONSENT_CHANNELS,
  type ConsentChannel,
  type ConsentRecord,
  type ConsentStatus,
} from '../domain/consent';

export class ConsentPath {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'marketing' })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiProperty({
    enum: CONSENT_CHANNELS,
    example: 'email',
    description: '`any` for a purpose not tied to a channel (always so for cultural-personalisation).',
  })
  @IsIn(CONSENT_CHANNELS)
  channel!: ConsentChannel;
}

export class RecordConsentRequest {
  @ApiProperty({ enum: ['granted', 'withdrawn'], example: 'granted' })
  @IsIn(['granted', 'withdrawn'])
  status!: ConsentStatus;

  @ApiProperty({
    description: 'The version of the wording the customer saw.',
    example: 'marketing-2026-01',
    maxLength: 40,
  })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'wordingVersion must be 1 to 40 letters, digits, . _ or -' })
  wordingVersion!: string;

  @ApiProperty({ description: 'Where the customer said it.', example: 'mobile-app', maxLength: 40 })
  @IsHumanText({ maxLength: 40 })
  sourceChannel!: string;
}

export class ConsentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'marketing' }) purpose!: ConsentPurpose;
  @ApiProperty({ enum: CONSENT_CHANNELS, example: 'email' }) channel!: ConsentChannel;
  @ApiProperty({ enum: ['granted', 'withdrawn'], example: 'granted' }) status!: ConsentStatus;
  @ApiProperty({ example: 'marketing-2026-01' }) wordingVersion!: string;
  @ApiProperty({ example: 'mobile-app' }) sourceChannel!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) changedAt!: string;

  static from(record: ConsentRecord): ConsentResponse {
    return {
      id: record.id,
      purpose: record.purpose,
      channel: record.channel,
      status: record.status,
      wordingVersion: record.wordingVersion,
      sourceChannel: record.sourceChannel,
      changedAt: record.changedAt.toISOString(),
    };
  }
}

export class ConsentsResponse {
  @ApiProperty({ type: [ConsentResponse], description: 'The latest statement per purpose and channel.' })
  current!: ConsentResponse[];
  @ApiProperty({ type: [ConsentResponse], description: 'Every statement, oldest first.' })
  history!: ConsentResponse[];
}
