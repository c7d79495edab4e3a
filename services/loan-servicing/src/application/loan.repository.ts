import type { LoanAccount, Repayment } from '../domain/loan';
import type { Installment } from '../domain/schedule/installment';

/** Port: loan accounts, their schedule versions and repayments. Joins the surrounding transaction. */
export abstract class LoanRepository {
  abstract add(loan: LoanAccount, schedule: Installment[]): Promise<void>;
  abstract find(id: string): Promise<LoanAccount | undefined>;
  /**
   * Locks the loan for the rest of the transaction. With `skipLocked`, a loan another replica holds is
   * answered as undefined instead of waited for (the daily run moves on to the next loan).
   */
  abstract lock(id: string, options?: { skipLocked?: boolean }): Promise<LoanAccount | undefined>;
  abstract update(loan: LoanAccount): Promise<void>;
  abstract listByCustomer(
    customerId: string,
    limit: number,
    after?: { boardedAt: string; id: string },
  ): Promise<LoanAccount[]>;
  /** Active loans the daily run has not yet processed for their business date at `now`. */
  abstract loansDueForDailyRun(now: Date): Promise<string[]>;
  abstract schedule(loanId: string, version: number): Promise<Installment[]>;
  abstract addScheduleVersion(loanId: string, version: number, installments: Installment[]): Promise<void>;
  abstract savePaid(loanId: string, version: number, installments: Installment[]): Promise<void>;
  abstract repayments(loanId: string): Promise<Repayment[]>;
  abstract addRepayment(repayment: Repayment): Promise<void>;
  abstract saveRepayment(repayment: Repayment): Promise<void>;
  /** Records that the daily run fired `kind` for `key`; false when it already had (by any replica). */
  abstract claim(loanId: string, kind: string, key: string, at: Date): Promise<boolean>;
}
