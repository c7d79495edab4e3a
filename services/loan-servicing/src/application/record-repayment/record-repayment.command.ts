export interface RecordRepaymentCommand {
  loanId: string;
  /** Decimal string in the loan's currency. */
  amount: string;
  /** ISO 8601 instant. */
  paidAt: string;
}
