import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ComplianceChangeResponse } from './compliance.dto';
import { ConsentResponse } from './consent.dto';
import { CustomerResponse } from './customer.dto';
import { IdentityDocumentResponse } from './identity-document.dto';
import { VulnerabilityResponse } from './vulnerability.dto';

export class PersonalDataExportResponse {
  @ApiProperty({ example: 'customer-profile' }) service!: string;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: CustomerResponse }) customer!: CustomerResponse;
  @ApiProperty({ type: [ConsentResponse], description: 'The whole consent history, oldest first.' })
  consents!: ConsentResponse[];
  @ApiPropertyOptional({ type: VulnerabilityResponse }) vulnerability?: VulnerabilityResponse;
  @ApiProperty({ type: [ComplianceChangeResponse] }) compliance!: ComplianceChangeResponse[];
  @ApiProperty({
    type: [IdentityDocumentResponse],
    description: 'Numbers in clear only for callers holding pii:read.',
  })
  identityDocuments!: IdentityDocumentResponse[];
}
