import type { ServiceDescriptor } from '@crm/platform';
import { CustomerProfileModule } from './customer-profile.module';
import { CustomerProfileSettings } from './customer-profile.settings';
import { privacyEntities, privacyMigrations } from './privacy.module';
import { segmentationEntities, segmentationMigrations } from './segmentation.module';
import { SegmentReviewJob } from './api/segmentation/segment-review.job';
import { CustomerOrmEntity } from './infrastructure/customer.orm-entity';
import { CreateCustomers1763900000000 } from './infrastructure/migrations/1763900000000-create-customers';
import { AddCustomerContacts1763900000002 } from './infrastructure/migrations/1763900000002-add-customer-contacts';
import { ExtendCustomerRecord1764000000000 } from './infrastructure/migrations/1764000000000-extend-customer-record';
import { CreateConsentsVulnerabilityComplianceDocuments1764000000001 } from './infrastructure/migrations/1764000000001-create-consents-vulnerability-compliance-documents';

export const customerProfileService: ServiceDescriptor = {
  name: 'customer-profile',
  defaultPort: 3001,
  title: 'Customer profile',
  description:
    'The cross-cultural customer record: names as written in any script, language, time zone, contact points and preferences, consents, vulnerability, compliance state and identity documents.',
  module: CustomerProfileModule,
  settings: CustomerProfileSettings,
  jobs: [SegmentReviewJob],
  entities: [CustomerOrmEntity, ...segmentationEntities, ...privacyEntities],
  migrations: [
    CreateCustomers1763900000000,
    AddCustomerContacts1763900000002,
    ExtendCustomerRecord1764000000000,
    CreateConsentsVulnerabilityComplianceDocuments1764000000001,
    ...segmentationMigrations,
    ...privacyMigrations,
  ],
};
