import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COMMUNICATION_STYLES,
  CONTACT_CHANNELS,
  FESTIVALS,
  type CommunicationStyle,
  type ContactChannel,
  type Festival,
} from '@crm/contracts';
import { IsCountry, IsHumanText, IsLocale, IsTimeZone, PageQuery } from '@crm/platform';
import { maskEmail, maskPhone } from '@crm/security';
import type { Customer, NameOrder } from '../domain/customer';
import { IsE164Phone } from './customer.validators';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Present and not null: for the fields an update may change but never remove. */
const unlessAbsent = (_: object, value: unknown) => value !== undefined;

export class AlternateNameDto {
  @ApiProperty({
    description: 'The name in another script, as written.',
    example: 'Wang Xiaoming',
    maxLength: 300,
  })
  @IsHumanText({ maxLength: 300 })
  value!: string;

  @ApiPropertyOptional({ description: 'ISO 15924 script code.', example: 'Latn' })
  @IsOptional()
  @Matches(/^[A-Z][a-z]{3}$/, { message: 'script must be an ISO 15924 code such as Latn or Hant' })
  script?: string;

  @ApiPropertyOptional({ description: 'BCP 47 language tag of this spelling.', example: 'zh-Latn-pinyin' })
  @IsOptional()
  @IsLocale()
  locale?: string;
}

export class PersonNameDto {
  @ApiProperty({
    description:
      'The name exactly as the customer writes it, in any script; only normalised to Unicode NFC. A single name (mononym) is fine.',
    example: '王小明',
    maxLength: 300,
  })
  @IsHumanText({ maxLength: 300 })
  full!: string;

  @ApiPropertyOptional({ example: '小明', maxLength: 300 })
  @IsOptional()
  @IsHumanText({ maxLength: 300 })
  given?: string;

  @ApiPropertyOptional({
    description: 'Can hold several family names and particles.',
    example: '王',
    maxLength: 300,
  })
  @IsOptional()
  @IsHumanText({ maxLength: 300 })
  family?: string;

  @ApiPropertyOptional({ enum: ['given-first', 'family-first'], example: 'family-first' })
  @IsOptional()
  @IsIn(['given-first', 'family-first'])
  order?: NameOrder;

  @ApiPropertyOptional({
    type: [AlternateNameDto],
    description: 'The same name in other scripts; found by name search too.',
    example: [{ value: 'Wang Xiaoming', script: 'Latn' }],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AlternateNameDto)
  alternates?: AlternateNameDto[];

  @ApiPropertyOptional({
    description: 'What the customer likes to be called.',
    example: 'Ming',
    maxLength: 300,
  })
  @IsOptional()
  @IsHumanText({ maxLength: 300 })
  preferredName?: string;
}

export class PostalAddressDto {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2.', example: 'TW' })
  @IsCountry()
  country!: string;

  @ApiProperty({
    description: 'The lines as the country writes them, top to bottom.',
    example: ['台北市信義區', '市府路45號'],
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsHumanText({ maxLength: 200 }, { each: true })
  lines!: string[];
}

export class MessengerIdsDto {
  @ApiPropertyOptional({ example: 'wxid_xiaoming', maxLength: 64 })
  @IsOptional()
  @IsHumanText({ maxLength: 64 })
  wechat?: string;

  @ApiPropertyOptional({
    description: 'E.164 number or WhatsApp id.',
    example: '+886912345678',
    maxLength: 64,
  })
  @IsOptional()
  @IsHumanText({ maxLength: 64 })
  whatsapp?: string;

  @ApiPropertyOptional({ example: 'xiaoming.w', maxLength: 64 })
  @IsOptional()
  @IsHumanText({ maxLength: 64 })
  line?: string;
}

export class ContactHoursDto {
  @ApiProperty({ description: "HH:mm in the customer's time zone.", example: '09:00' })
  @Matches(HH_MM, { message: 'start must be HH:mm' })
  start!: string;

  @ApiProperty({
    description: 'HH:mm; earlier than start when the window crosses midnight.',
    example: '21:00',
  })
  @Matches(HH_MM, { message: 'end must be HH:mm' })
  end!: string;
}

/** The optional fields of the profile; in an update, `null` removes one. */
class OptionalProfileFields {
  @ApiPropertyOptional({
    description: 'Chosen by the customer, never inferred.',
    example: '先生',
    maxLength: 40,
    nullable: true,
  })
  @IsOptional()
  @IsHumanText({ maxLength: 40 })
  honorific?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['en-GB'],
    description: 'Other BCP 47 languages, at most 10.',
    nullable: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsLocale({ each: true })
  additionalLocales?: string[] | null;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2. Personal data.', example: 'TW', nullable: true })
  @IsOptional()
  @IsCountry()
  nationality?: string | null;

  @ApiPropertyOptional({ enum: COMMUNICATION_STYLES, example: 'formal', nullable: true })
  @IsOptional()
  @IsIn(COMMUNICATION_STYLES)
  communicationStyle?: CommunicationStyle | null;

  @ApiPropertyOptional({
    enum: FESTIVALS,
    isArray: true,
    example: ['lunar-new-year', 'mid-autumn'],
    nullable: true,
    description:
      'Special-category data (may reveal religion): accepted only while the cultural-personalisation consent is granted, else 409 CUSTOMER_FESTIVALS_NEED_CONSENT.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(FESTIVALS, { each: true })
  observedFestivals?: Festival[] | null;

  @ApiPropertyOptional({
    description: 'Personal data.',
    example: 'xiaoming.wang@example.tw',
    maxLength: 254,
    nullable: true,
  })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({ allow_utf8_local_part: true })
  email?: string | null;

  @ApiPropertyOptional({
    description: 'E.164, valid for its country. Personal data.',
    example: '+886912345678',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @IsE164Phone()
  phone?: string | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true, description: 'Personal data.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: MessengerIdsDto, nullable: true, description: 'Personal data.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MessengerIdsDto)
  messengerIds?: MessengerIdsDto | null;

  @ApiPropertyOptional({
    enum: CONTACT_CHANNELS,
    isArray: true,
    example: ['line', 'email', 'sms'],
    description: 'Most preferred first; no repeats.',
    nullable: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(CONTACT_CHANNELS, { each: true })
  preferredChannels?: ContactChannel[] | null;

  @ApiPropertyOptional({ type: ContactHoursDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactHoursDto)
  contactHours?: ContactHoursDto | null;
}

export class RegisterCustomerRequest extends OptionalProfileFields {
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

/** A partial update (JSON merge patch semantics): absent = unchanged, null = remove (optional fields only). */
export class UpdateCustomerRequest extends OptionalProfileFields {
  @ApiPropertyOptional({ type: PersonNameDto, description: 'Replaces the whole name.' })
  @ValidateIf(unlessAbsent)
  @IsObject()
  @ValidateNested()
  @Type(() => PersonNameDto)
  name?: PersonNameDto;

  @ApiPropertyOptional({ example: 'zh-Hant-HK' })
  @ValidateIf(unlessAbsent)
  @IsLocale()
  locale?: string;

  @ApiPropertyOptional({ example: 'Asia/Hong_Kong' })
  @ValidateIf(unlessAbsent)
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: 'HK' })
  @ValidateIf(unlessAbsent)
  @IsCountry()
  countryOfResidence?: string;
}

export class SearchCustomersQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Exact e-mail (case-insensitive).',
    example: 'xiaoming.wang@example.tw',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'Exact phone number, E.164.', example: '+886912345678' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ description: 'Exact identity document number.', example: 'A123456789' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  document?: string;

  @ApiPropertyOptional({
    description:
      'Name prefix in any script, matched against the full name, its parts, each word onwards and the alternates; case-insensitive where the script has case.',
    example: '王小',
  })
  @IsOptional()
  @IsHumanText({ maxLength: 300 })
  name?: string;
}

export class AlternateNameResponse {
  @ApiProperty({ example: 'Wang Xiaoming' }) value!: string;
  @ApiPropertyOptional({ example: 'Latn' }) script?: string;
  @ApiPropertyOptional({ example: 'zh-Latn' }) locale?: string;
}

export class PersonNameResponse {
  @ApiProperty({ example: '王小明' }) full!: string;
  @ApiPropertyOptional({ example: '小明' }) given?: string;
  @ApiPropertyOptional({ example: '王' }) family?: string;
  @ApiPropertyOptional({ enum: ['given-first', 'family-first'] }) order?: NameOrder;
  @ApiPropertyOptional({ type: [AlternateNameResponse] }) alternates?: AlternateNameResponse[];
  @ApiPropertyOptional({ example: 'Ming' }) preferredName?: string;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' }) id!: string;
  @ApiProperty({ type: PersonNameResponse }) name!: PersonNameResponse;
  @ApiPropertyOptional({ example: '先生' }) honorific?: string;
  @ApiProperty({ example: 'zh-Hant-TW' }) locale!: string;
  @ApiProperty({ type: [String], example: ['en-GB'] }) additionalLocales!: string[];
  @ApiProperty({ example: 'Asia/Taipei' }) timeZone!: string;
  @ApiProperty({ example: 'TW' }) countryOfResidence!: string;
  @ApiPropertyOptional({ description: 'Only for callers holding pii:read.', example: 'TW' })
  nationality?: string;
  @ApiPropertyOptional({ enum: COMMUNICATION_STYLES }) communicationStyle?: CommunicationStyle;
  @ApiPropertyOptional({
    enum: FESTIVALS,
    isArray: true,
    description: 'Only for callers holding pii:read (special-category data).',
  })
  observedFestivals?: Festival[];
  @ApiPropertyOptional({
    description: 'Masked unless the caller holds pii:read.',
    example: 'x***@example.tw',
  })
  email?: string;
  @ApiPropertyOptional({ description: 'Masked unless the caller holds pii:read.', example: '+*********678' })
  phone?: string;
  @ApiPropertyOptional({
    type: PostalAddressDto,
    description: 'Lines masked unless the caller holds pii:read.',
  })
  postalAddress?: PostalAddressDto;
  @ApiPropertyOptional({ type: MessengerIdsDto, description: 'Masked unless the caller holds pii:read.' })
  messengerIds?: MessengerIdsDto;
  @ApiProperty({ enum: CONTACT_CHANNELS, isArray: true, example: ['line', 'email'] })
  preferredChannels!: ContactChannel[];
  @ApiPropertyOptional({ type: ContactHoursDto }) contactHours?: ContactHoursDto;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'UTC.' }) updatedAt!: string;
  @ApiProperty({ description: 'Also the ETag; send it back in If-Match to update.', example: 1 })
  version!: number;

  static from(customer: Customer, revealPersonalData: boolean): CustomerResponse {
    const c = customer.snapshot;
    const masked = (value: string) => `${[...value][0] ?? ''}***`;
    return {
      id: c.id,
      name: c.name,
      ...(c.honorific === undefined ? {} : { honorific: c.honorific }),
      locale: c.locale,
      additionalLocales: c.additionalLocales,
      timeZone: c.timeZone,
      countryOfResidence: c.countryOfResidence,
      ...(c.nationality === undefined || !revealPersonalData ? {} : { nationality: c.nationality }),
      ...(c.communicationStyle === undefined ? {} : { communicationStyle: c.communicationStyle }),
      ...(c.observedFestivals === undefined || !revealPersonalData
        ? {}
        : { observedFestivals: c.observedFestivals }),
      ...(c.email === undefined ? {} : { email: revealPersonalData ? c.email : maskEmail(c.email) }),
      ...(c.phone === undefined ? {} : { phone: revealPersonalData ? c.phone : maskPhone(c.phone) }),
      ...(c.postalAddress === undefined
        ? {}
        : {
            postalAddress: revealPersonalData
              ? c.postalAddress
              : { country: c.postalAddress.country, lines: c.postalAddress.lines.map(() => '***') },
          }),
      ...(c.messengerIds === undefined
        ? {}
        : {
            messengerIds: revealPersonalData
              ? c.messengerIds
              : Object.fromEntries(Object.entries(c.messengerIds).map(([k, v]) => [k, masked(v)])),
          }),
      preferredChannels: c.preferredChannels,
      ...(c.contactHours === undefined ? {} : { contactHours: c.contactHours }),
      registeredAt: c.registeredAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      version: c.version,
    };
  }
}

export class CustomerPageResponse {
  @ApiProperty({ type: [CustomerResponse] }) items!: CustomerResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last.',
  })
  nextCursor!: string | null;
}
