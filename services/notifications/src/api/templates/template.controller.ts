import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiProblemResponses,
  Idempotent,
  PageQuery,
  cursorNotIssued,
  decodeCursor,
  encodeCursor,
} from '@crm/platform';
import { AuthenticationError, Requires, currentPrincipal } from '@crm/security';
import { ApproveTemplateVersionUseCase } from '../../application/templates/approve-template-version/approve-template-version.use-case';
import { CreateTemplateVersionUseCase } from '../../application/templates/create-template-version/create-template-version.use-case';
import { TemplateQueries } from '../../application/templates/template.queries';
import { isCatalogTemplateKey } from '../../domain/templates/template-catalog';
import {
  ApproveTemplateVersionRequest,
  CreateTemplateVersionRequest,
  MissingTranslationPageResponse,
  MissingTranslationResponse,
  TemplatePageResponse,
  TemplateResponse,
  TemplateSummaryResponse,
  TemplateVersionResponse,
} from './template.dto';

function caller(): string {
  const principal = currentPrincipal();
  if (!principal) throw new AuthenticationError('a bearer token is required');
  return principal.subject;
}

/** Templates for translators and their approvers; all of it needs `templates:write`. */
@ApiTags('templates')
@Controller('v1/templates')
export class TemplateController {
  constructor(
    private readonly queries: TemplateQueries,
    private readonly createVersion: CreateTemplateVersionUseCase,
    private readonly approveVersion: ApproveTemplateVersionUseCase,
  ) {}

  @Get()
  @Requires('templates:write')
  @ApiOkResponse({ type: TemplatePageResponse })
  @ApiProblemResponses(400)
  async list(@Query() page: PageQuery): Promise<TemplatePageResponse> {
    const after = page.cursor ? decodeCursor(page.cursor, ['after']).after : undefined;
    // The position is a template key: anything else is a cursor this API did not issue.
    if (after !== undefined && !isCatalogTemplateKey(after)) {
      throw cursorNotIssued();
    }
    const result = await this.queries.list(page.limit, after);
    return {
      items: result.items.map(TemplateSummaryResponse.from),
      ...(result.nextAfter ? { nextCursor: encodeCursor({ after: result.nextAfter }) } : {}),
    };
  }

  @Get('missing-translations')
  @Requires('templates:write')
  @ApiOkResponse({
    type: MissingTranslationPageResponse,
    description: 'Templates and locales that were sent from a fallback locale, for translators.',
  })
  @ApiProblemResponses(400)
  async missingTranslations(@Query() page: PageQuery): Promise<MissingTranslationPageResponse> {
    const result = await this.queries.missingTranslations(page.limit, page.cursor);
    return {
      items: result.items.map(MissingTranslationResponse.from),
      ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}),
    };
  }

  @Get(':key')
  @Requires('templates:write')
  @ApiOkResponse({ type: TemplateResponse })
  @ApiProblemResponses(404)
  async get(@Param('key') key: string): Promise<TemplateResponse> {
    const { definition, versions } = await this.queries.get(key);
    return TemplateResponse.from(definition, versions);
  }

  @Post(':key/versions')
  @Requires('templates:write')
  @Idempotent()
  @ApiCreatedResponse({ type: TemplateVersionResponse, description: 'A draft: not sent until approved.' })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @Param('key') key: string,
    @Body() body: CreateTemplateVersionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TemplateVersionResponse> {
    const version = await this.createVersion.execute({
      templateKey: key,
      locale: body.locale,
      texts: { formal: body.formal, ...(body.informal ? { informal: body.informal } : {}) },
      author: caller(),
    });
    void reply.status(201).header('location', `/v1/templates/${key}`);
    return TemplateVersionResponse.from(version);
  }

  @Post(':key/versions/:version/approval')
  @HttpCode(200)
  @Requires('templates:write')
  @ApiOkResponse({
    type: TemplateVersionResponse,
    description: 'Approved by a second person (maker–checker).',
  })
  @ApiProblemResponses(400, 403, 404, 409, 422)
  async approve(
    @Param('key') key: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: ApproveTemplateVersionRequest,
  ): Promise<TemplateVersionResponse> {
    const approved = await this.approveVersion.execute({
      templateKey: key,
      locale: body.locale,
      version,
      approver: caller(),
    });
    return TemplateVersionResponse.from(approved);
  }
}
