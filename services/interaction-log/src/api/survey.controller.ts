import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { RespondToSurveyUseCase } from '../application/respond-to-survey/respond-to-survey.use-case';
import { SurveyQueries } from '../application/survey.queries';
import { SatisfactionQuery, SatisfactionResponse, SurveyResponse, SurveyResponseRequest } from './survey.dto';

@ApiTags('surveys')
@Controller()
export class SurveyController {
  constructor(
    private readonly respondToSurvey: RespondToSurveyUseCase,
    private readonly queries: SurveyQueries,
  ) {}

  @Get('v1/surveys/:id')
  @Requires('interactions:read')
  @ApiOkResponse({ type: SurveyResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<SurveyResponse> {
    return SurveyResponse.from(await this.queries.get(id));
  }

  /** For channel apps answering on a customer's behalf (e.g. an IVR survey). */
  @Post('v1/surveys/:id/responses')
  @Requires('surveys:write')
  @Idempotent()
  @ApiCreatedResponse({ type: SurveyResponse })
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async respond(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SurveyResponseRequest,
  ): Promise<SurveyResponse> {
    return SurveyResponse.from(await this.respondToSurvey.execute({ surveyId: id, ...body }));
  }

  /** For customer apps: a customer token may answer only a survey of its own customer. */
  @Post('v1/customers/:customerId/surveys/:id/responses')
  @Requires('surveys:write', { customerParam: 'customerId' })
  @Idempotent()
  @ApiCreatedResponse({ type: SurveyResponse })
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async respondAsCustomer(
    @Param('customerId', uuidParam('customerId')) customerId: string,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SurveyResponseRequest,
  ): Promise<SurveyResponse> {
    return SurveyResponse.from(await this.respondToSurvey.execute({ surveyId: id, customerId, ...body }));
  }

  @Get('v1/insights/satisfaction')
  @Requires('reports:read')
  @ApiOkResponse({ type: SatisfactionResponse, description: 'NPS, average CSAT and counts of responses.' })
  @ApiProblemResponses(400)
  async satisfaction(@Query() query: SatisfactionQuery): Promise<SatisfactionResponse> {
    return SatisfactionResponse.from(
      await this.queries.satisfaction(new Date(query.from), new Date(query.to), query.groupBy),
    );
  }
}
