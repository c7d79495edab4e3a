import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, decodeCursor, encodeCursor, uuidParam } from '@crm/platform';
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
    const cursor = query.cursor ? decodeCursor(query.cursor, ['at', 'id'] as const) : undefined;
    const before = cursor ? { occurredAt: new Date(cursor.at), id: cursor.id } : undefined;
    const page = await this.queries.page(customerId, query.limit, before, query.type);
    return {
      items: page.entries.map((entry) => TimelineEntryResponse.from(entry)),
      nextCursor: page.next
        ? encodeCursor({ at: page.next.occurredAt.toISOString(), id: page.next.id })
        : null,
    };
  }
}
