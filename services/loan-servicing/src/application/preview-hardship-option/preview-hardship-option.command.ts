import type { HardshipOption } from '@crm/contracts';
import type { LoanReAgeInterestHandlingType } from '../../domain/schedule/schedule';

export interface PreviewHardshipOptionCommand {
  loanId: string;
  requestId: string;
  option: HardshipOption;
  /** PAYMENT_HOLIDAY, INTEREST_PAUSE, GRACE_ON_PRINCIPAL: how many installments the option covers. */
  installments?: number;
  /** PAYMENT_HOLIDAY: keep the maturity date (higher installments after) instead of extending the term. */
  keepTerm?: boolean;
  /** EXTEND_REPAYMENT_PERIOD: installments added to the term. */
  additionalInstallments?: number;
  /** RE_AGE: installments the arrears and the balance are spread over (default: those left). */
  numberOfInstallments?: number;
  reAgeInterestHandling?: LoanReAgeInterestHandlingType;
}
