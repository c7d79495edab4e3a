import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, decodeKeysetCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { TimelineQueries } from '../application/timeline.queries';
import { TimelineEntryResponse, TimelinePageResponse, TimelineQuery } from './timeline.dto';

@ApiTags('timeline')
@Controller('v1/customers/:customerId/timeline')
export class TimelineController {
  constructor(private readonly queries: TimelineQueries) {}

  @Get()
  @Requires('interactions:read', { customerParam: 'customerId' })
  @ApiOkResponse({ type: TimelinePageResponse, description: "The customer's timeline, newest first." })
  @ApiProblemResponses(400)
  async list(
    @Param('customerId', uuidParam('customerId')) customerId: string,
    @Query() query: TimelineQuery,
  ): Promise<TimelinePageResponse> {
    const cursor = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
    const page = await this.queries.page({
      customerId,
      limit: query.limit,
      ...(cursor ? { before: { occurredAt: cursor.at, id: cursor.id } } : {}),
      ...(query.type ? { types: query.type } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.from ? { from: new Date(query.from) } : {}),
      ...(query.to ? { to: new Date(query.to) } : {}),
      includeSuperseded: query.includeSuperseded ?? false,
    });
    return {
      items: page.entries.map((entry) => TimelineEntryResponse.from(entry)),
      nextCursor: page.next
        ? encodeCursor({ at: page.next.occurredAt.toISOString(), id: page.next.id })
        : null,
    };
  }
}
