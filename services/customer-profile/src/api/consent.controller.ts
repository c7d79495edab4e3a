import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { CustomerQueries } from '../application/customer.queries';
import { RecordConsentUseCase } from '../application/record-consent/record-consent.use-case';
import { ConsentPath, ConsentResponse, ConsentsResponse, RecordConsentRequest } from './consent.dto';

@ApiTags('consents')
@Controller('v1/customers/:id/consents')
export class ConsentController {
  constructor(
    private readonly recordConsent: RecordConsentUseCase,
    private readonly queries: CustomerQueries,
  ) {}

  @Put(':purpose/:channel')
  @Requires('customers:write', { customerParam: 'id' })
  @ApiOkResponse({
    type: ConsentResponse,
    description:
      'Recorded and appended to the history. Withdrawing cultural-personalisation deletes the festivals observed.',
  })
  @ApiProblemResponses(400, 404, 422)
  async record(@Param() path: ConsentPath, @Body() body: RecordConsentRequest): Promise<ConsentResponse> {
    return ConsentResponse.from(
      await this.recordConsent.execute({
        customerId: path.id,
        purpose: path.purpose,
        channel: path.channel,
        status: body.status,
        wordingVersion: body.wordingVersion,
        sourceChannel: body.sourceChannel,
      }),
    );
  }

  @Get()
  @Requires('customers:read', { customerParam: 'id' })
  @ApiOkResponse({ type: ConsentsResponse })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', uuidParam('id')) id: string): Promise<ConsentsResponse> {
    const { current, history } = await this.queries.consentsOf(id);
    return { current: current.map(ConsentResponse.from), history: history.map(ConsentResponse.from) };
  }
}
