import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { SURVEY_TRIGGERS } from '@crm/contracts';
import { IsHumanText } from '@crm/platform';
import { maySeePersonalData } from '@crm/security';
import type { SatisfactionReport } from '../application/survey.queries';
import { COMMENT_MAX_LENGTH, type Survey } from '../domain/survey';
import { INSTANT_MESSAGE, INSTANT_WITH_OFFSET } from './interaction.dto';

export class SurveyResponseRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, example: 4, description: 'CSAT; csat or nps or both.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  csat?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10, example: 9, description: 'Likelihood to recommend.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  nps?: number;

  @ApiPropertyOptional({
    description: 'Free text in any script. Personal data: stays in this service.',
    example: 'Спасибо, всё объяснили понятно.',
    maxLength: COMMENT_MAX_LENGTH,
  })
  @IsOptional()
  @IsHumanText({ maxLength: COMMENT_MAX_LENGTH, multiline: true })
  comment?: string;
}

export class SurveyResponseDto {
  @ApiPropertyOptional() csat?: number;
  @ApiPropertyOptional() nps?: number;
  @ApiPropertyOptional({ description: 'Shown with pii:read; absent once erased.' }) comment?: string;
  @ApiProperty({ format: 'date-time' }) respondedAt!: string;
}

export class SurveyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: SURVEY_TRIGGERS }) trigger!: string;
  @ApiProperty({ format: 'uuid' }) triggerId!: string;
  @ApiPropertyOptional() channel?: string;
  @ApiPropertyOptional() language?: string;
  @ApiPropertyOptional() team?: string;
  @ApiProperty({ format: 'date-time' }) invitedAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiPropertyOptional({ type: SurveyResponseDto }) response?: SurveyResponseDto;

  static from(survey: Survey, revealComment: boolean = maySeePersonalData()): SurveyResponse {
    const r = survey.response;
    return {
      id: survey.id,
      customerId: survey.customerId,
      trigger: survey.trigger,
      triggerId: survey.triggerId,
      ...(survey.channel ? { channel: survey.channel } : {}),
      ...(survey.language ? { language: survey.language } : {}),
      ...(survey.team ? { team: survey.team } : {}),
      invitedAt: survey.invitedAt.toISOString(),
      expiresAt: survey.expiresAt.toISOString(),
      ...(r
        ? {
            response: {
              ...(r.csat === undefined ? {} : { csat: r.csat }),
              ...(r.nps === undefined ? {} : { nps: r.nps }),
              ...(r.comment === undefined || !revealComment ? {} : { comment: r.comment }),
              respondedAt: r.respondedAt.toISOString(),
            },
          }
        : {}),
    };
  }
}

export class SatisfactionQuery {
  @ApiProperty({ description: 'Responses given at or after this instant.', example: '2026-01-01T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('from') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('from') })
  from!: string;

  @ApiProperty({ description: 'Responses given before this instant.', example: '2027-01-01T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('to') })
  @Matches(INSTANT_WITH_OFFSET, { message: INSTANT_MESSAGE('to') })
  to!: string;

  @ApiPropertyOptional({ enum: ['channel', 'language', 'team'] })
  @IsOptional()
  @IsIn(['channel', 'language', 'team'])
  groupBy?: 'channel' | 'language' | 'team';
}

export class SatisfactionFiguresDto {
  @ApiProperty({ example: 12 }) responses!: number;
  @ApiProperty({ example: 10 }) npsResponses!: number;
  @ApiProperty({ example: 5 }) promoters!: number;
  @ApiProperty({ example: 3 }) passives!: number;
  @ApiProperty({ example: 2 }) detractors!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '30.0',
    description: '% promoters (9–10) − % detractors (0–6), one decimal place.',
  })
  nps!: string | null;
  @ApiProperty({ example: 9 }) csatResponses!: number;
  @ApiProperty({ type: String, nullable: true, example: '4.33', description: 'Mean CSAT, two decimals.' })
  averageCsat!: string | null;
}

export class SatisfactionGroupDto extends SatisfactionFiguresDto {
  @ApiProperty({ example: 'wechat', description: '`unknown` where the survey has no such attribute.' })
  group!: string;
}

export class SatisfactionResponse {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiPropertyOptional({ enum: ['channel', 'language', 'team'] }) groupBy?: string;
  @ApiProperty({ type: SatisfactionFiguresDto }) overall!: SatisfactionFiguresDto;
  @ApiProperty({ type: [SatisfactionGroupDto] }) groups!: SatisfactionGroupDto[];

  static from(report: SatisfactionReport): SatisfactionResponse {
    const figures = <T extends { csatSum: number }>({ csatSum: _csatSum, ...rest }: T) => rest;
    return {
      from: report.from.toISOString(),
      to: report.to.toISOString(),
      ...(report.groupBy ? { groupBy: report.groupBy } : {}),
      overall: figures(report.overall),
      groups: report.groups.map(figures),
    };
  }
}
