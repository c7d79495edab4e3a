export interface RecordComplaintCopyCommand {
  complaintId: string;
  loanId: string;
  customerId: string;
  isOpen: boolean;
  at: Date;
}
