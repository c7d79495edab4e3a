export interface RescheduleFollowUpCommand {
  followUpId: string;
  dueAt: Date;
  reason?: string;
}
