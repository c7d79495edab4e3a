import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsObject,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCountry, IsHumanText, IsLocale, IsTimeZone } from '@crm/platform';
import { maskEmail, maskPhone } from '@crm/security';
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

  @ApiPropertyOptional({ description: 'Personal data.', example: 'xiaoming.wang@example.tw', maxLength: 254 })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({ allow_utf8_local_part: true })
  email?: string;

  @ApiPropertyOptional({ description: 'E.164. Personal data.', example: '+886912345678' })
  @IsOptional()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'phone must be in E.164 form, e.g. +8613800138000' })
  phone?: string;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: PersonNameDto }) name!: PersonNameDto;
  @ApiProperty() locale!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() countryOfResidence!: string;
  @ApiPropertyOptional({ description: 'Masked unless the caller holds pii:read.' }) email?: string;
  @ApiPropertyOptional({ description: 'Masked unless the caller holds pii:read.' }) phone?: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) registeredAt!: string;
  @ApiProperty() version!: number;

  static from(customer: Customer, revealPersonalData: boolean): CustomerResponse {
    const c = customer.snapshot;
    return {
      id: c.id,
      name: { full: c.fullName },
      locale: c.locale,
      timeZone: c.timeZone,
      countryOfResidence: c.countryOfResidence,
      ...(c.email === undefined ? {} : { email: revealPersonalData ? c.email : maskEmail(c.email) }),
      ...(c.phone === undefined ? {} : { phone: revealPersonalData ? c.phone : maskPhone(c.phone) }),
      registeredAt: c.registeredAt.toISOString(),
      version: c.version,
    };
  }
}
