import type { HardshipOption } from '@crm/contracts';
import type { HardshipReason } from '../../domain/hardship';

export interface RequestHardshipCommand {
  loanId: string;
  reasons: HardshipReason[];
  /** Decimal strings in the loan's currency, a month. */
  monthlyIncome: string;
  monthlyExpenses: string;
  requestedHelp: HardshipOption[];
  channel: string;
  /** BCP 47: the language the customer is served in through the journey. */
  language: string;
  notes?: string;
}
