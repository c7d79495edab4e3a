import type { ServiceDescriptor } from '@crm/platform';
import { SlaClockJob } from './api/sla-clock.job';
import { ComplaintsModule } from './complaints.module';
import { ComplaintsSettings } from './complaints.settings';
import {
  ComplaintClockOrmEntity,
  ComplaintOrmEntity,
  ComplaintSlaAlertOrmEntity,
  CustomerVulnerabilityOrmEntity,
  InteractionStaffOrmEntity,
} from './infrastructure/complaint.orm-entity';
import { CreateComplaints1764000000800 } from './infrastructure/migrations/1764000000800-create-complaints';

export const complaintsService: ServiceDescriptor = {
  name: 'complaints',
  defaultPort: 3003,
  title: 'Complaints',
  description: 'Complaint cases, regulatory clocks per jurisdiction, escalation and resolution.',
  module: ComplaintsModule,
  entities: [
    ComplaintOrmEntity,
    ComplaintClockOrmEntity,
    ComplaintSlaAlertOrmEntity,
    InteractionStaffOrmEntity,
    CustomerVulnerabilityOrmEntity,
  ],
  migrations: [CreateComplaints1764000000800],
  settings: ComplaintsSettings,
  jobs: [SlaClockJob],
};
