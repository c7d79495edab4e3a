export interface ApproveHardshipArrangementCommand {
  loanId: string;
  requestId: string;
  /** The staff member approving (the checker); must not be the one who proposed. */
  approvedBy: string;
}
