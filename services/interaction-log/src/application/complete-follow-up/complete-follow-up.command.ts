import type { InteractionFacts } from '../../domain/interaction';

/** Completing a follow-up records the touchpoint that completed it. */
export interface CompleteFollowUpCommand extends Omit<InteractionFacts, 'loanId' | 'complaintId'> {
  followUpId: string;
}
