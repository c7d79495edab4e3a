import type { Decimal } from '@crm/kernel';
import type { LoanAccount, Repayment } from '../domain/loan';

/** A repayment as answered and published: with its allocation and what the loan still owes after it. */
export interface RepaymentOutcome {
  loan: LoanAccount;
  repayment: Repayment;
  outstanding: Decimal;
}
