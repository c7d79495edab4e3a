import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsHumanText, IsLocale } from '@crm/platform';
import type { MissingTranslation } from '../../application/templates/missing-translation.log';
import type { TemplateSummary } from '../../application/templates/template.queries';
import type { TemplateLocaleSummary } from '../../application/templates/template-version.repository';
import type { ParamSpec, TemplateDefinition } from '../../domain/templates/template-catalog';
import type { TemplateVersion } from '../../domain/templates/template-version';

export class MessageTextDto {
  @ApiProperty({
    description: 'ICU MessageFormat; only the template’s parameters.',
    example: 'Reminder: your payment of {amount} is due on {dueDate}',
    maxLength: 500,
  })
  @IsHumanText({ maxLength: 500 })
  subject!: string;

  @ApiProperty({
    description:
      'ICU MessageFormat (plural, select; `{greeting}` for the salutation). Money and dates arrive formatted in the reader’s locale and time zone; in `select`, write `-` in values as `_`.',
    example:
      '{greeting}\n\nYour payment of {amount} is due on {dueDate} ({daysUntilDue, plural, =0 {today} =1 {tomorrow} other {in # days}}).',
    maxLength: 10000,
  })
  @IsHumanText({ maxLength: 10000, multiline: true })
  body!: string;
}

export class CreateTemplateVersionRequest {
  @ApiProperty({ description: 'BCP 47 locale of the text; stored in canonical form.', example: 'pt-PT' })
  @IsLocale()
  locale!: string;

  @ApiProperty({
    type: MessageTextDto,
    description: 'The formal text (sent when the customer prefers no style).',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MessageTextDto)
  formal!: MessageTextDto;

  @ApiPropertyOptional({
    type: MessageTextDto,
    description: 'The informal text, where the language has one.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MessageTextDto)
  informal?: MessageTextDto;
}

export class ApproveTemplateVersionRequest {
  @ApiProperty({
    description: 'The locale of the version (versions are numbered per locale).',
    example: 'pt-PT',
  })
  @IsLocale()
  locale!: string;
}

export class TemplateParamResponse {
  @ApiProperty({ example: 'amount' }) name!: string;
  @ApiProperty({ enum: ['money', 'currency', 'date', 'count', 'choice', 'text'], example: 'money' })
  kind!: string;
  @ApiPropertyOptional({ type: [String], description: 'For `choice`.' }) values?: string[];
  @ApiProperty({ example: 'Decimal string, e.g. "1234.50".' }) description!: string;

  static from(spec: ParamSpec): TemplateParamResponse {
    return {
      name: spec.name,
      kind: spec.kind,
      ...(spec.values ? { values: [...spec.values] } : {}),
      description: spec.description,
    };
  }
}

export class TemplateLocaleResponse {
  @ApiProperty({ example: 'zh-Hant' }) locale!: string;
  @ApiProperty({ example: 2 }) latestVersion!: number;
  @ApiPropertyOptional({ description: 'The version sent; absent when none is approved.', example: 1 })
  latestApprovedVersion?: number;

  static from(summary: TemplateLocaleSummary): TemplateLocaleResponse {
    return { ...summary };
  }
}

function definitionFields(definition: TemplateDefinition) {
  return {
    key: definition.key,
    audience: definition.audience,
    isLegalNotice: definition.isLegalNotice,
    params: definition.params.map(TemplateParamResponse.from),
  };
}

export class TemplateSummaryResponse {
  @ApiProperty({ example: 'payment-due-reminder' }) key!: string;
  @ApiProperty({ enum: ['customer', 'staff'] }) audience!: string;
  @ApiProperty({ description: 'Complaint final responses and escalation rights.' }) isLegalNotice!: boolean;
  @ApiProperty({ type: [TemplateParamResponse] }) params!: TemplateParamResponse[];
  @ApiProperty({ type: [TemplateLocaleResponse] }) locales!: TemplateLocaleResponse[];

  static from(summary: TemplateSummary): TemplateSummaryResponse {
    return {
      ...definitionFields(summary.definition),
      locales: summary.locales.map(TemplateLocaleResponse.from),
    };
  }
}

export class TemplatePageResponse {
  @ApiProperty({ type: [TemplateSummaryResponse] }) items!: TemplateSummaryResponse[];
  @ApiPropertyOptional() nextCursor?: string;
}

export class TemplateVersionResponse {
  @ApiProperty({ example: 'payment-due-reminder' }) templateKey!: string;
  @ApiProperty({ example: 'pt-PT' }) locale!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ enum: ['draft', 'approved'] }) status!: string;
  @ApiProperty({ type: MessageTextDto }) formal!: MessageTextDto;
  @ApiPropertyOptional({ type: MessageTextDto }) informal?: MessageTextDto;
  @ApiProperty({ description: 'Token subject of the author.' }) authoredBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ description: 'Token subject of the approver.' }) approvedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) approvedAt?: string;

  static from(version: TemplateVersion): TemplateVersionResponse {
    const v = version.snapshot;
    return {
      templateKey: v.templateKey,
      locale: v.locale,
      version: v.version,
      status: v.status,
      formal: v.texts.formal,
      ...(v.texts.informal ? { informal: v.texts.informal } : {}),
      authoredBy: v.authoredBy,
      createdAt: v.createdAt.toISOString(),
      ...(v.approvedBy ? { approvedBy: v.approvedBy } : {}),
      ...(v.approvedAt ? { approvedAt: v.approvedAt.toISOString() } : {}),
    };
  }
}

export class TemplateResponse {
  @ApiProperty({ example: 'payment-due-reminder' }) key!: string;
  @ApiProperty({ enum: ['customer', 'staff'] }) audience!: string;
  @ApiProperty() isLegalNotice!: boolean;
  @ApiProperty({ type: [TemplateParamResponse] }) params!: TemplateParamResponse[];
  @ApiProperty({ type: [TemplateVersionResponse], description: 'Every version, by locale then number.' })
  versions!: TemplateVersionResponse[];

  static from(definition: TemplateDefinition, versions: TemplateVersion[]): TemplateResponse {
    return { ...definitionFields(definition), versions: versions.map(TemplateVersionResponse.from) };
  }
}

export class MissingTranslationResponse {
  @ApiProperty({ example: 'payment-due-reminder' }) templateKey!: string;
  @ApiProperty({ example: 'pt-PT' }) requestedLocale!: string;
  @ApiProperty({ description: 'The locale whose text was sent instead.', example: 'pt-BR' })
  servedLocale!: string;
  @ApiProperty({ format: 'date-time' }) firstSeenAt!: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'Refreshed at most once a minute; notification_template_missing_translations_total counts each.',
  })
  lastSeenAt!: string;

  static from(missing: MissingTranslation): MissingTranslationResponse {
    return {
      ...missing,
      firstSeenAt: missing.firstSeenAt.toISOString(),
      lastSeenAt: missing.lastSeenAt.toISOString(),
    };
  }
}

export class MissingTranslationPageResponse {
  @ApiProperty({ type: [MissingTranslationResponse] }) items!: MissingTranslationResponse[];
  @ApiPropertyOptional() nextCursor?: string;
}
