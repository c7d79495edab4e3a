import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { CorrectInteractionUseCase } from '../application/correct-interaction/correct-interaction.use-case';
import { InteractionQueries } from '../application/interaction.queries';
import { RecordInteractionUseCase } from '../application/record-interaction/record-interaction.use-case';
import {
  CorrectInteractionRequest,
  InteractionHistoryResponse,
  InteractionResponse,
  RecordInteractionRequest,
  interactionFacts,
} from './interaction.dto';

/** Append-only: there is no PUT, PATCH or DELETE; a correction is a new interaction. */
@ApiTags('interactions')
@Controller('v1/interactions')
export class InteractionController {
  constructor(
    private readonly recordInteraction: RecordInteractionUseCase,
    private readonly correctInteraction: CorrectInteractionUseCase,
    private readonly queries: InteractionQueries,
  ) {}

  @Post()
  @Requires('interactions:write')
  @Idempotent()
  @ApiCreatedResponse({ type: InteractionResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async record(
    @Body() body: RecordInteractionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InteractionResponse> {
    const interaction = await this.recordInteraction.execute({
      customerId: body.customerId,
      ...interactionFacts(body),
    });
    void reply.status(201).header('location', `/v1/interactions/${interaction.id}`);
    return InteractionResponse.from(interaction);
  }

  @Post(':id/corrections')
  @Requires('interactions:write')
  @Idempotent()
  @ApiCreatedResponse({
    type: InteractionResponse,
    description: 'The correction; it supersedes the original.',
  })
  @ApiProblemResponses(400, 404, 409, 413, 415, 422)
  async correct(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CorrectInteractionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InteractionResponse> {
    const correction = await this.correctInteraction.execute({
      interactionId: id,
      ...interactionFacts(body),
    });
    void reply.status(201).header('location', `/v1/interactions/${correction.id}`);
    return InteractionResponse.from(correction);
  }

  @Get(':id')
  @Requires('interactions:read')
  @ApiOkResponse({ type: InteractionResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<InteractionResponse> {
    return InteractionResponse.from(await this.queries.get(id));
  }

  @Get(':id/history')
  @Requires('interactions:read')
  @ApiOkResponse({ type: InteractionHistoryResponse })
  @ApiProblemResponses(400, 404)
  async history(@Param('id', uuidParam('id')) id: string): Promise<InteractionHistoryResponse> {
    return {
      items: (await this.queries.history(id)).map((interaction) => InteractionResponse.from(interaction)),
    };
  }
}
