import type { FollowUp, FollowUpStatus } from '../domain/follow-up';

export interface FollowUpFilter {
  assignedTeam?: string;
  assignedStaffId?: string;
  status?: FollowUpStatus;
  now: Date;
  overdueMarginMs: number;
  /** Follow-ups after this (dueAt, id): the cursor of the previous page. */
  after?: { dueAt: Date; id: string };
  limit: number;
}

export abstract class FollowUpRepository {
  abstract add(followUp: FollowUp): Promise<void>;
  abstract get(id: string): Promise<FollowUp | undefined>;
  /** Locks the row for the rest of the transaction. */
  abstract getForUpdate(id: string): Promise<FollowUp | undefined>;
  abstract complete(id: string, completedAt: Date, interactionId: string): Promise<void>;
  /** A new due time: the due and overdue events fire again for it. */
  abstract reschedule(id: string, dueAt: Date, reason: string): Promise<void>;
  /** Oldest due first. */
  abstract list(filter: FollowUpFilter): Promise<FollowUp[]>;
  /**
   * Claims open follow-ups whose due (or overdue) event has not fired, marking them fired. Rows another
   * replica holds are skipped (FOR UPDATE SKIP LOCKED), so each fires exactly once across replicas.
   */
  abstract claimDue(now: Date, limit: number): Promise<FollowUp[]>;
  abstract claimOverdue(now: Date, overdueMarginMs: number, limit: number): Promise<FollowUp[]>;
  abstract eraseReasons(customerId: string): Promise<number>;
}
