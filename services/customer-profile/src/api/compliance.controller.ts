import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { CustomerQueries } from '../application/customer.queries';
import { UpdateComplianceUseCase } from '../application/update-compliance/update-compliance.use-case';
import { ComplianceChangeResponse, ComplianceResponse, UpdateComplianceRequest } from './compliance.dto';

@ApiTags('compliance')
@Controller('v1/customers/:id/compliance')
export class ComplianceController {
  constructor(
    private readonly updateCompliance: UpdateComplianceUseCase,
    private readonly queries: CustomerQueries,
  ) {}

  @Put()
  @Requires('compliance:write')
  @ApiOkResponse({ type: ComplianceChangeResponse, description: 'Recorded in the history and audited.' })
  @ApiProblemResponses(400, 404, 422)
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateComplianceRequest,
  ): Promise<ComplianceChangeResponse> {
    return ComplianceChangeResponse.from(
      await this.updateCompliance.execute({
        customerId: id,
        kycStatus: body.kycStatus,
        ...(body.kycExpiresOn === undefined ? {} : { kycExpiresOn: body.kycExpiresOn }),
        amlFlags: body.amlFlags,
        reason: body.reason,
      }),
    );
  }

  @Get()
  @Requires('customers:read')
  @ApiOkResponse({ type: ComplianceResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<ComplianceResponse> {
    const history = (await this.queries.complianceOf(id)).map(ComplianceChangeResponse.from);
    return { current: history.at(-1) ?? null, history };
  }
}
