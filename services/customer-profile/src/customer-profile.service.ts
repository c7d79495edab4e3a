import type { ServiceDescriptor } from '@crm/platform';
import { CustomerProfileModule } from './customer-profile.module';
import { privacyEntities, privacyMigrations } from './privacy.module';
import { segmentationEntities, segmentationMigrations } from './segmentation.module';
import { CustomerOrmEntity } from './infrastructure/customer.orm-entity';
import { CreateCustomers1763900000000 } from './infrastructure/migrations/1763900000000-create-customers';
import { AddCustomerContacts1763900000002 } from './infrastructure/migrations/1763900000002-add-customer-contacts';

export const customerProfileService: ServiceDescriptor = {
  name: 'customer-profile',
  defaultPort: 3001,
  title: 'Customer profile',
  description:
    'The cross-cultural customer record: identity, names as written, language, time zone, country.',
  module: CustomerProfileModule,
  entities: [CustomerOrmEntity, ...segmentationEntities, ...privacyEntities],
  migrations: [
    CreateCustomers1763900000000,
    AddCustomerContacts1763900000002,
    ...segmentationMigrations,
    ...privacyMigrations,
  ],
};
