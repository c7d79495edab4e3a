import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, decodeKeysetCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { CompleteFollowUpUseCase } from '../application/complete-follow-up/complete-follow-up.use-case';
import { FollowUpQueries } from '../application/follow-up.queries';
import { RescheduleFollowUpUseCase } from '../application/reschedule-follow-up/reschedule-follow-up.use-case';
import { ScheduleFollowUpUseCase } from '../application/schedule-follow-up/schedule-follow-up.use-case';
import {
  CompleteFollowUpRequest,
  FollowUpListQuery,
  FollowUpPageResponse,
  FollowUpResponse,
  RescheduleFollowUpRequest,
  ScheduleFollowUpRequest,
} from './follow-up.dto';
import { interactionFacts } from './interaction.dto';

@ApiTags('follow-ups')
@Controller('v1/follow-ups')
export class FollowUpController {
  constructor(
    private readonly scheduleFollowUp: ScheduleFollowUpUseCase,
    private readonly completeFollowUp: CompleteFollowUpUseCase,
    private readonly rescheduleFollowUp: RescheduleFollowUpUseCase,
    private readonly queries: FollowUpQueries,
  ) {}

  @Post()
  @Requires('interactions:write')
  @Idempotent()
  @ApiCreatedResponse({ type: FollowUpResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async schedule(
    @Body() body: ScheduleFollowUpRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FollowUpResponse> {
    const followUp = await this.scheduleFollowUp.execute({ ...body, dueAt: new Date(body.dueAt) });
    void reply.status(201).header('location', `/v1/follow-ups/${followUp.id}`);
    return FollowUpResponse.from(this.queries.view(followUp));
  }

  @Get()
  @Requires('interactions:read')
  @ApiOkResponse({ type: FollowUpPageResponse, description: 'Oldest due first.' })
  @ApiProblemResponses(400)
  async list(@Query() query: FollowUpListQuery): Promise<FollowUpPageResponse> {
    const cursor = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
    const page = await this.queries.page({
      limit: query.limit,
      ...(query.assignedTeam ? { assignedTeam: query.assignedTeam } : {}),
      ...(query.assignedStaffId ? { assignedStaffId: query.assignedStaffId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(cursor ? { after: { dueAt: cursor.at, id: cursor.id } } : {}),
    });
    return {
      items: page.items.map((item) => FollowUpResponse.from(item)),
      nextCursor: page.next ? encodeCursor({ at: page.next.dueAt.toISOString(), id: page.next.id }) : null,
    };
  }

  @Get(':id')
  @Requires('interactions:read')
  @ApiOkResponse({ type: FollowUpResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<FollowUpResponse> {
    return FollowUpResponse.from(await this.queries.get(id));
  }

  @Post(':id/completion')
  @Requires('interactions:write')
  @Idempotent()
  @ApiCreatedResponse({ type: FollowUpResponse, description: 'Completed; the interaction is recorded.' })
  @ApiProblemResponses(400, 404, 409, 413, 415, 422)
  async complete(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CompleteFollowUpRequest,
  ): Promise<FollowUpResponse> {
    const followUp = await this.completeFollowUp.execute({ followUpId: id, ...interactionFacts(body) });
    return FollowUpResponse.from(this.queries.view(followUp));
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @Requires('interactions:write')
  @ApiOkResponse({ type: FollowUpResponse })
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async reschedule(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RescheduleFollowUpRequest,
  ): Promise<FollowUpResponse> {
    const followUp = await this.rescheduleFollowUp.execute({
      followUpId: id,
      dueAt: new Date(body.dueAt),
      ...(body.reason ? { reason: body.reason } : {}),
    });
    return FollowUpResponse.from(this.queries.view(followUp));
  }
}
