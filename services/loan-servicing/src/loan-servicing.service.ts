import type { ServiceDescriptor } from '@crm/platform';
import { LoanServicingModule } from './loan-servicing.module';

export const loanServicingService: ServiceDescriptor = {
  name: 'loan-servicing',
  defaultPort: 3004,
  title: 'Loan servicing',
  description: 'Loan accounts, schedules, repayments, arrears and hardship arrangements.',
  module: LoanServicingModule,
  entities: [],
  migrations: [],
};
