import type { ServiceDescriptor } from '@crm/platform';
import { ComplaintsModule } from './complaints.module';

export const complaintsService: ServiceDescriptor = {
  name: 'complaints',
  defaultPort: 3003,
  title: 'Complaints',
  description: 'Complaint cases, regulatory clocks per jurisdiction, escalation and resolution.',
  module: ComplaintsModule,
  entities: [],
  migrations: [],
};
