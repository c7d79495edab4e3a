export interface ScheduleFollowUpCommand {
  customerId: string;
  dueAt: Date;
  reason: string;
  assignedStaffId?: string;
  assignedTeam?: string;
  interactionId?: string;
  complaintId?: string;
  loanId?: string;
}
