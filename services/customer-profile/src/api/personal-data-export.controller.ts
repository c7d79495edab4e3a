import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, uuidParam } from '@crm/platform';
import { Requires, maySeePersonalData } from '@crm/security';
import { CustomerQueries } from '../application/customer.queries';
import { ComplianceChangeResponse } from './compliance.dto';
import { ConsentResponse } from './consent.dto';
import { CustomerResponse } from './customer.dto';
import { IdentityDocumentResponse } from './identity-document.dto';
import { PersonalDataExportResponse } from './personal-data-export.dto';
import { VulnerabilityResponse } from './vulnerability.dto';

@ApiTags('data-subject rights')
@Controller('v1/customers/:id/personal-data-export')
export class PersonalDataExportController {
  constructor(private readonly queries: CustomerQueries) {}

  /** GDPR Art. 15 and 20, PIPL Art. 45: everything this service holds about the customer. */
  @Get()
  @Requires('privacy:write')
  @ApiOkResponse({ type: PersonalDataExportResponse })
  @ApiProblemResponses(400, 404)
  async export(@Param('id', uuidParam('id')) id: string): Promise<PersonalDataExportResponse> {
    const reveal = maySeePersonalData();
    const data = await this.queries.export(id, reveal);
    return {
      service: 'customer-profile',
      exportedAt: data.exportedAt.toISOString(),
      customer: CustomerResponse.from(data.customer, reveal),
      consents: data.consents.map(ConsentResponse.from),
      ...(data.vulnerability ? { vulnerability: VulnerabilityResponse.from(data.vulnerability) } : {}),
      compliance: data.compliance.map(ComplianceChangeResponse.from),
      identityDocuments: data.identityDocuments.map((d) => IdentityDocumentResponse.from(d, reveal)),
    };
  }
}
