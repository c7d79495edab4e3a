import type { EventDefinition } from './event-definition';
import {
  ComplaintAcknowledgedV1,
  ComplaintClosedV1,
  ComplaintDeadlineExtendedV1,
  ComplaintEscalatedV1,
  ComplaintReceivedV1,
  ComplaintReopenedV1,
  ComplaintResolvedV1,
  ComplaintSlaAtRiskV1,
  ComplaintSlaBreachedV1,
} from './events/complaint.events';
import {
  CustomerChurnRiskChangedV1,
  CustomerComplianceChangedV1,
  CustomerConsentChangedV1,
  CustomerContactPreferencesChangedV1,
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerSegmentChangedV1,
  CustomerSensitiveDataDeletedV1,
  CustomerVulnerabilityChangedV1,
} from './events/customer.events';
import {
  FollowUpDueV1,
  FollowUpOverdueV1,
  InteractionRecordedV1,
  SurveyInvitedV1,
  SurveyRespondedV1,
} from './events/interaction.events';
import {
  LoanBoardedV1,
  LoanClosedV1,
  LoanDelinquencyChangedV1,
  LoanHardshipArrangementEndedV1,
  LoanHardshipArrangementStartedV1,
  LoanHardshipRequestedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
  LoanPaymentReceivedV1,
  LoanPaymentReversedV1,
  LoanRestructuredV1,
  LoanRiskWarningV1,
} from './events/loan.events';
import {
  NotificationDeliveredV1,
  NotificationFailedV1,
  NotificationSentV1,
} from './events/notification.events';
import { PrivacyErasureCompletedV1 } from './events/privacy.events';

/** Every event type of the platform. Adding one here publishes it in the AsyncAPI document. */
export const EVENT_CATALOG: readonly EventDefinition[] = [
  CustomerRegisteredV1,
  CustomerProfileUpdatedV1,
  CustomerContactPreferencesChangedV1,
  CustomerConsentChangedV1,
  CustomerSensitiveDataDeletedV1,
  CustomerVulnerabilityChangedV1,
  CustomerComplianceChangedV1,
  CustomerSegmentChangedV1,
  CustomerChurnRiskChangedV1,
  CustomerErasureRequestedV1,
  PrivacyErasureCompletedV1,
  InteractionRecordedV1,
  FollowUpDueV1,
  FollowUpOverdueV1,
  SurveyInvitedV1,
  SurveyRespondedV1,
  ComplaintReceivedV1,
  ComplaintAcknowledgedV1,
  ComplaintDeadlineExtendedV1,
  ComplaintEscalatedV1,
  ComplaintResolvedV1,
  ComplaintReopenedV1,
  ComplaintClosedV1,
  ComplaintSlaAtRiskV1,
  ComplaintSlaBreachedV1,
  LoanBoardedV1,
  LoanPaymentDueV1,
  LoanPaymentReceivedV1,
  LoanPaymentReversedV1,
  LoanPaymentMissedV1,
  LoanDelinquencyChangedV1,
  LoanClosedV1,
  LoanRiskWarningV1,
  LoanHardshipRequestedV1,
  LoanHardshipArrangementStartedV1,
  LoanHardshipArrangementEndedV1,
  LoanRestructuredV1,
  NotificationSentV1,
  NotificationDeliveredV1,
  NotificationFailedV1,
] as EventDefinition[];

const byType = new Map(EVENT_CATALOG.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition<unknown> | undefined {
  return byType.get(type);
}
