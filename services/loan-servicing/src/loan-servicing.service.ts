import type { ServiceDescriptor } from '@crm/platform';
import { DailyLoanRunJob } from './api/daily-loan-run.job';
import { CreateLoans1764000000000 } from './infrastructure/migrations/1764000000000-create-loans';
import { LoanServicingModule } from './loan-servicing.module';
import { LoanServicingSettings } from './loan-servicing.settings';

export const loanServicingService: ServiceDescriptor = {
  name: 'loan-servicing',
  defaultPort: 3004,
  title: 'Loan servicing',
  description: 'Loan accounts, schedules, repayments, arrears and hardship arrangements.',
  module: LoanServicingModule,
  // Repositories speak SQL through the transaction's manager (unnest batches, FOR UPDATE SKIP LOCKED,
  // ON CONFLICT claims), so there are no ORM entities to register.
  entities: [],
  migrations: [CreateLoans1764000000000],
  settings: LoanServicingSettings,
  jobs: [DailyLoanRunJob],
};
