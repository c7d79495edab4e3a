import { Module } from '@nestjs/common';
import { ComplianceController } from './api/compliance.controller';
import { ConsentController } from './api/consent.controller';
import { CustomerController } from './api/customer.controller';
import { IdentityDocumentController } from './api/identity-document.controller';
import { PersonalDataExportController } from './api/personal-data-export.controller';
import { VulnerabilityController } from './api/vulnerability.controller';
import { AddIdentityDocumentUseCase } from './application/add-identity-document/add-identity-document.use-case';
import { ComplianceRepository } from './application/compliance.repository';
import { ConsentRepository } from './application/consent.repository';
import { CustomerQueries } from './application/customer.queries';
import { CustomerRepository } from './application/customer.repository';
import { IdentityDocumentRepository } from './application/identity-document.repository';
import { RecordConsentUseCase } from './application/record-consent/record-consent.use-case';
import { RecordVulnerabilityUseCase } from './application/record-vulnerability/record-vulnerability.use-case';
import { RegisterCustomerUseCase } from './application/register-customer/register-customer.use-case';
import { UpdateComplianceUseCase } from './application/update-compliance/update-compliance.use-case';
import { UpdateCustomerUseCase } from './application/update-customer/update-customer.use-case';
import { VulnerabilityRepository } from './application/vulnerability.repository';
import { ComplianceSqlRepository } from './infrastructure/compliance.sql-repository';
import { ConsentSqlRepository } from './infrastructure/consent.sql-repository';
import { CustomerTypeOrmRepository } from './infrastructure/customer.typeorm-repository';
import { IdentityDocumentSqlRepository } from './infrastructure/identity-document.sql-repository';
import { PersonalDataVault } from './infrastructure/personal-data-vault';
import { VulnerabilitySqlRepository } from './infrastructure/vulnerability.sql-repository';
import { PrivacyModule } from './privacy.module';
import { SegmentationModule } from './segmentation.module';

@Module({
  imports: [SegmentationModule, PrivacyModule],
  controllers: [
    CustomerController,
    ConsentController,
    VulnerabilityController,
    ComplianceController,
    IdentityDocumentController,
    PersonalDataExportController,
  ],
  providers: [
    RegisterCustomerUseCase,
    UpdateCustomerUseCase,
    RecordConsentUseCase,
    RecordVulnerabilityUseCase,
    UpdateComplianceUseCase,
    AddIdentityDocumentUseCase,
    CustomerQueries,
    PersonalDataVault,
    { provide: CustomerRepository, useClass: CustomerTypeOrmRepository },
    { provide: ConsentRepository, useClass: ConsentSqlRepository },
    { provide: VulnerabilityRepository, useClass: VulnerabilitySqlRepository },
    { provide: ComplianceRepository, useClass: ComplianceSqlRepository },
    { provide: IdentityDocumentRepository, useClass: IdentityDocumentSqlRepository },
  ],
})
export class CustomerProfileModule {}
