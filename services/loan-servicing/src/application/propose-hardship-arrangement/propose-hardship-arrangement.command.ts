export interface ProposeHardshipArrangementCommand {
  loanId: string;
  requestId: string;
  previewId: string;
  /** The staff member proposing (the maker). */
  proposedBy: string;
}
