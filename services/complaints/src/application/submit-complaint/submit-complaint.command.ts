import type { ComplaintRegime } from '@crm/contracts';
import type { SubmissionChannel } from '../../domain/root-causes';

export interface SubmitComplaintCommand {
  customerId: string;
  submittedVia: SubmissionChannel;
  /** ISO 8601 with offset. */
  receivedAt: string;
  jurisdiction: string;
  language: string;
  product: string;
  subProduct?: string;
  issue: string;
  subIssue?: string;
  description: string;
  desiredOutcome: string;
  loanId?: string;
  interactionId?: string;
  regulatorReference?: string;
  narrativePublicationConsent: boolean;
  hasLegalOrRegulatoryImpact?: boolean;
  /** The regime chosen by hand instead of by the rules, with the reason. */
  regimeOverride?: { regime: ComplaintRegime; reason: string };
}
