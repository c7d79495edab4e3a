import type { PrivacyErasureCompletedV1Data } from '@crm/contracts';

export interface RecordErasureCompletionCommand {
  report: PrivacyErasureCompletedV1Data;
  /** The service that published the report (its event's source). */
  reportedBy: string;
}
