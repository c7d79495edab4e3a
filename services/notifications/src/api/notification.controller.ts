import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError, newId } from '@crm/kernel';
import {
  ApiProblemResponses,
  Idempotent,
  PageQuery,
  decodeKeysetCursor,
  encodeCursor,
  uuidParam,
} from '@crm/platform';
import { Requires } from '@crm/security';
import { NotificationQueries } from '../application/notification.queries';
import { TriggerWorkflowUseCase } from '../application/trigger-workflow/trigger-workflow.use-case';
import {
  NotificationPageResponse,
  NotificationResponse,
  TriggerNotificationRequest,
} from './notification.dto';

@ApiTags('notifications')
@Controller('v1')
export class NotificationController {
  constructor(
    private readonly trigger: TriggerWorkflowUseCase,
    private readonly queries: NotificationQueries,
  ) {}

  @Post('notifications')
  @Requires('notifications:write')
  @Idempotent()
  @ApiAcceptedResponse({ type: NotificationResponse, description: 'Scheduled; follow it at its location.' })
  @ApiProblemResponses(400, 413, 415, 422)
  async create(
    @Body() body: TriggerNotificationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NotificationResponse> {
    const [id] = await this.trigger.execute({
      kind: 'direct',
      workflow: body.workflow,
      customerId: body.customerId,
      params: body.params ?? {},
      loanId: body.loanId,
      triggerKey: `direct:${newId()}`,
    });
    if (!id)
      throw new DomainError(
        'WORKFLOW_CONDITIONS_NOT_MET',
        'invalid',
        "the customer does not meet the workflow's conditions (e.g. a consent it needs)",
      );
    void reply.status(202).header('location', `/v1/notifications/${id}`);
    return NotificationResponse.from(await this.queries.get(id));
  }

  @Get('notifications/:id')
  @Requires('notifications:read')
  @ApiOkResponse({ type: NotificationResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<NotificationResponse> {
    return NotificationResponse.from(await this.queries.get(id));
  }

  @Get('customers/:customerId/notifications')
  @Requires('notifications:read', { customerParam: 'customerId' })
  @ApiOkResponse({
    type: NotificationPageResponse,
    description: "The customer's notifications, newest first.",
  })
  @ApiProblemResponses(400)
  async list(
    @Param('customerId', uuidParam('customerId')) customerId: string,
    @Query() query: PageQuery,
  ): Promise<NotificationPageResponse> {
    const cursor = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
    const page = await this.queries.forCustomer(
      customerId,
      query.limit,
      cursor ? { createdAt: cursor.at, id: cursor.id } : undefined,
    );
    return {
      items: page.items.map((n) => NotificationResponse.from(n)),
      nextCursor: page.next
        ? encodeCursor({ at: page.next.createdAt.toISOString(), id: page.next.id })
        : null,
    };
  }
}
