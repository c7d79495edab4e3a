export interface CancelHardshipArrangementCommand {
  loanId: string;
  arrangementId: string;
}
