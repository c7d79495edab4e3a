import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Requires } from '@crm/security';
import { ApiProblemResponses } from '../api-problem-responses';
import { RequestValidationError } from '../problem-details';
import { isEmptyFilter } from './dead-letter-filter';
import { DeadLetters } from './dead-letters';
import {
  DeadLetterDetailResponse,
  DeadLetterListResponse,
  DeadLetterParams,
  DeadLetterQuery,
  ReplayDeadLettersRequest,
  ReplayResponse,
} from './dead-letters.dto';

/** Operators inspect the records this service parked in its dead-letter topic, and replay them. */
@ApiTags('dead-letters')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @Requires('dead-letters:read')
  @ApiOkResponse({ type: DeadLetterListResponse })
  @ApiProblemResponses(400, 503)
  list(@Query() query: DeadLetterQuery): Promise<DeadLetterListResponse> {
    return this.deadLetters.list(query);
  }

  @Get(':eventId')
  @Requires('dead-letters:read')
  @ApiOkResponse({ type: DeadLetterDetailResponse })
  @ApiProblemResponses(400, 404, 503)
  show(@Param() params: DeadLetterParams): Promise<DeadLetterDetailResponse> {
    return this.deadLetters.show(params.eventId);
  }

  @Post('replay')
  @HttpCode(200)
  @Requires('dead-letters:replay')
  @ApiOkResponse({ type: ReplayResponse, description: 'Each matching record once more, and the counts.' })
  @ApiProblemResponses(400, 415, 503)
  replay(@Body() body: ReplayDeadLettersRequest): Promise<ReplayResponse> {
    if (isEmptyFilter(body))
      throw new RequestValidationError([{ pointer: '', detail: 'give at least one of type, since or id' }]);
    return this.deadLetters.replay(body);
  }
}
