export interface ReverseRepaymentCommand {
  loanId: string;
  repaymentId: string;
}
