export interface RecordHardshipAcceptanceCommand {
  loanId: string;
  requestId: string;
  /** The version of the wording the customer was shown. */
  wordingVersion: string;
  /** BCP 47: the language of that wording. */
  language: string;
  channel: string;
}
