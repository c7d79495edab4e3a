import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CONTACT_CHANNELS } from '@crm/contracts';
import { ApiProblemResponses, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { ChannelProfileQueries, type ChannelProfile } from '../application/channel-profile.queries';

export class ContactHoursDto {
  @ApiProperty({ example: '09:00' }) start!: string;
  @ApiProperty({ example: '21:00' }) end!: string;
}

export class StatedPreferencesDto {
  @ApiPropertyOptional({ example: 'zh-Hant-TW' }) locale?: string;
  @ApiPropertyOptional({ example: 'Asia/Taipei' }) timeZone?: string;
  @ApiProperty({ enum: CONTACT_CHANNELS, isArray: true, example: ['line', 'email'] })
  preferredChannels!: string[];
  @ApiPropertyOptional({ type: ContactHoursDto }) contactHours?: ContactHoursDto;
}

export class ObservedUseDto {
  @ApiProperty({ description: 'Current interactions in which the customer took part.', example: 12 })
  interactions!: number;
  @ApiProperty({ example: { phone: 7, wechat: 5 } }) channels!: Record<string, number>;
  @ApiProperty({ example: { 'zh-Hans': 10, en: 2 } }) languages!: Record<string, number>;
  @ApiProperty({ type: [Number], description: '24 counts: hour of day in the customer time zone.' })
  hours!: number[];
}

export class DifferenceDto {
  @ApiProperty({
    enum: ['CHANNEL_NOT_STATED', 'STATED_CHANNEL_UNUSED', 'LANGUAGE_DIFFERS', 'OUTSIDE_CONTACT_HOURS'],
  })
  code!: string;
  @ApiProperty({ example: '5 interaction(s) by wechat, not a stated channel' }) detail!: string;
}

export class ChannelProfileResponse {
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'Asia/Taipei', description: 'The zone of the hour histogram (UTC while unknown).' })
  timeZone!: string;
  @ApiProperty({ type: StatedPreferencesDto }) stated!: StatedPreferencesDto;
  @ApiProperty({ type: ObservedUseDto }) observed!: ObservedUseDto;
  @ApiProperty({ type: [DifferenceDto] }) differences!: DifferenceDto[];

  static from(profile: ChannelProfile): ChannelProfileResponse {
    return {
      ...profile,
      stated: { ...profile.stated, preferredChannels: [...profile.stated.preferredChannels] },
    };
  }
}

@ApiTags('timeline')
@Controller('v1/customers/:customerId/channel-profile')
export class ChannelProfileController {
  constructor(private readonly queries: ChannelProfileQueries) {}

  @Get()
  @Requires('interactions:read', { customerParam: 'customerId' })
  @ApiOkResponse({
    type: ChannelProfileResponse,
    description: 'Stated preferences beside observed behaviour.',
  })
  @ApiProblemResponses(400)
  async get(
    @Param('customerId', uuidParam('customerId')) customerId: string,
  ): Promise<ChannelProfileResponse> {
    return ChannelProfileResponse.from(await this.queries.get(customerId));
  }
}
