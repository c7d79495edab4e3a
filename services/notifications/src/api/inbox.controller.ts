import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, PageQuery, decodeKeysetCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import type { InboxMessage, StaffTask } from '../application/mailbox.repository';
import { MarkInboxMessageReadUseCase } from '../application/mark-inbox-message-read/mark-inbox-message-read.use-case';
import { NotificationQueries } from '../application/notification.queries';
import {
  InboxMessageResponse,
  InboxPageResponse,
  StaffTaskPageResponse,
  StaffTaskQuery,
  StaffTaskResponse,
} from './notification.dto';

function inboxMessage(m: InboxMessage): InboxMessageResponse {
  return {
    id: m.id,
    notificationId: m.notificationId,
    subject: m.subject,
    body: m.body,
    locale: m.locale,
    direction: m.direction,
    createdAt: m.createdAt.toISOString(),
    ...(m.readAt ? { readAt: m.readAt.toISOString() } : {}),
  };
}

function staffTask(t: StaffTask): StaffTaskResponse {
  return {
    id: t.id,
    team: t.team,
    kind: t.kind,
    customerId: t.customerId,
    notificationId: t.notificationId,
    subject: t.subject,
    body: t.body,
    createdAt: t.createdAt.toISOString(),
  };
}

function position(cursor: string | undefined) {
  const decoded = cursor ? decodeKeysetCursor(cursor) : undefined;
  return decoded ? { createdAt: decoded.at, id: decoded.id } : undefined;
}

function nextCursor(next: { createdAt: Date; id: string } | undefined): string | null {
  return next ? encodeCursor({ at: next.createdAt.toISOString(), id: next.id }) : null;
}

@ApiTags('inbox')
@Controller('v1')
export class InboxController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly markRead: MarkInboxMessageReadUseCase,
  ) {}

  @Get('customers/:customerId/inbox')
  @Requires('notifications:read', { customerParam: 'customerId' })
  @ApiOkResponse({ type: InboxPageResponse, description: "The customer's in-app messages, newest first." })
  @ApiProblemResponses(400)
  async inbox(
    @Param('customerId', uuidParam('customerId')) customerId: string,
    @Query() query: PageQuery,
  ): Promise<InboxPageResponse> {
    const page = await this.queries.inbox(customerId, query.limit, position(query.cursor));
    return { items: page.items.map(inboxMessage), nextCursor: nextCursor(page.next) };
  }

  // Marking one's own message read is part of reading the inbox: customer apps hold notifications:read.
  @Post('customers/:customerId/inbox/:messageId/read')
  @HttpCode(200)
  @Requires('notifications:read', { customerParam: 'customerId' })
  @ApiOkResponse({ type: InboxMessageResponse })
  @ApiProblemResponses(400, 404)
  async read(
    @Param('customerId', uuidParam('customerId')) customerId: string,
    @Param('messageId', uuidParam('messageId')) messageId: string,
  ): Promise<InboxMessageResponse> {
    return inboxMessage(await this.markRead.execute(customerId, messageId));
  }

  @Get('staff-tasks')
  @Requires('notifications:read')
  @ApiOkResponse({
    type: StaffTaskPageResponse,
    description: "A team's tasks (calls, letters, reviews), newest first.",
  })
  @ApiProblemResponses(400)
  async staffTasks(@Query() query: StaffTaskQuery): Promise<StaffTaskPageResponse> {
    const page = await this.queries.staffTasks(query.team, query.limit, position(query.cursor));
    return { items: page.items.map(staffTask), nextCursor: nextCursor(page.next) };
  }
}
