import { DomainError } from '@crm/kernel';

export type FollowUpStatus = 'scheduled' | 'due' | 'overdue' | 'completed';

/** A return visit or call the bank promised the customer. */
export interface FollowUp {
  id: string;
  customerId: string;
  dueAt: Date;
  reason: string;
  assignedStaffId?: string;
  assignedTeam?: string;
  interactionId?: string;
  complaintId?: string;
  loanId?: string;
  createdAt: Date;
  completedAt?: Date;
  /** The interaction that recorded the completed follow-up. */
  completionInteractionId?: string;
}

export function scheduleFollowUp(followUp: Omit<FollowUp, 'createdAt'>, now: Date): FollowUp {
  if (!followUp.assignedStaffId && !followUp.assignedTeam) {
    throw new DomainError(
      'FOLLOW_UP_UNASSIGNED',
      'invalid',
      'a follow-up needs assignedStaffId or assignedTeam',
    );
  }
  if (followUp.dueAt.getTime() <= now.getTime()) {
    throw new DomainError('FOLLOW_UP_DUE_IN_PAST', 'invalid', 'dueAt must lie in the future');
  }
  return { ...followUp, createdAt: now };
}

/** Open follow-ups are due from dueAt, and overdue once the margin after it has passed too. */
export function followUpStatus(followUp: FollowUp, now: Date, overdueMarginMs: number): FollowUpStatus {
  if (followUp.completedAt) return 'completed';
  if (now.getTime() >= followUp.dueAt.getTime() + overdueMarginMs) return 'overdue';
  if (now.getTime() >= followUp.dueAt.getTime()) return 'due';
  return 'scheduled';
}

export function assertOpen(followUp: FollowUp): void {
  if (followUp.completedAt) {
    throw new DomainError(
      'FOLLOW_UP_ALREADY_COMPLETED',
      'conflict',
      `follow-up ${followUp.id} is already completed`,
    );
  }
}

export function rescheduleFollowUp(followUp: FollowUp, dueAt: Date, now: Date, reason?: string): FollowUp {
  assertOpen(followUp);
  if (dueAt.getTime() <= now.getTime()) {
    throw new DomainError('FOLLOW_UP_DUE_IN_PAST', 'invalid', 'dueAt must lie in the future');
  }
  return { ...followUp, dueAt, reason: reason ?? followUp.reason };
}
