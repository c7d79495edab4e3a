import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { IsCountry, IsHumanText, IsLocale, IsTimeZone } from '@crm/platform';
import type { Customer } from '../domain/customer';

export class PersonNameDto {
  @ApiProperty({
    description: 'The name exactly as the customer writes it, in any script.',
    example: '王小明',
    maxLength: 300,
  })
  @IsHumanText({ maxLength: 300 })
  full!: string;
}

export class RegisterCustomerRequest {
  @ApiProperty({ type: PersonNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonNameDto)
  name!: PersonNameDto;

  @ApiProperty({ description: 'BCP 47 language tag; stored in canonical form.', example: 'zh-Hant-TW' })
  @IsLocale()
  locale!: string;

  @ApiProperty({ description: 'IANA time zone.', example: 'Asia/Taipei' })
  @IsTimeZone()
  timeZone!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2.', example: 'TW' })
  @IsCountry()
  countryOfResidence!: string;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: PersonNameDto }) name!: PersonNameDto;
  @ApiProperty() locale!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() countryOfResidence!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) registeredAt!: string;
  @ApiProperty() version!: number;

  static from(customer: Customer): CustomerResponse {
    const c = customer.snapshot;
    return {
      id: c.id,
      name: { full: c.fullName },
      locale: c.locale,
      timeZone: c.timeZone,
      countryOfResidence: c.countryOfResidence,
      registeredAt: c.registeredAt.toISOString(),
      version: c.version,
    };
  }
}
