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
  FollowUpDueV1,
  FollowUpOverdueV1,
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
  NotificationDeliveredV1,
  NotificationFailedV1,
  NotificationSentV1,
  SurveyInvitedV1,
  SurveyRespondedV1,
  type EventDefinition,
} from '@crm/contracts';
import type { TimelineEntry } from './timeline-entry';

/** How an event shows on the timeline. */
export interface EventDescription {
  title: string;
  /** `system`, or the channel a message went out on. */
  channel: string;
}

type Describe = (data: unknown) => EventDescription;

function on<T>(
  definition: EventDefinition<T>,
  describe: (data: T) => string | EventDescription,
): [string, Describe] {
  return [
    definition.type,
    (data) => {
      // The inbox has checked `data` against the definition's schema before any handler runs.
      const described = describe(data as T);
      return typeof described === 'string' ? { title: described, channel: 'system' } : described;
    },
  ];
}

const amount = (value: string, currency: string) => `${value} ${currency}`;

/**
 * Titles are built only from coded fields, amounts and dates of the events: never from free text or
 * contact data, so an erased customer's timeline holds nothing to redact. Special-category and
 * tipping-off-sensitive details (vulnerability adjustments, AML flags) are not shown at all, only that
 * something changed (FCA FG21/1 need-to-know; POCA 2002 s.333A).
 */
const DESCRIBERS = new Map<string, Describe>([
  on(CustomerRegisteredV1, () => 'Customer registered'),
  on(CustomerProfileUpdatedV1, (d) => `Profile updated: ${d.changedFields.slice(0, 6).join(', ')}`),
  on(CustomerContactPreferencesChangedV1, () => 'Contact preferences changed'),
  on(CustomerConsentChangedV1, (d) => `Consent to ${d.purpose} (${d.channel}) ${d.status}`),
  on(CustomerSensitiveDataDeletedV1, () => 'Sensitive data deleted'),
  on(CustomerVulnerabilityChangedV1, () => 'Support arrangements updated'),
  on(CustomerComplianceChangedV1, () => 'Compliance status updated'),
  on(CustomerSegmentChangedV1, (d) => `Segment ${d.dimension}: ${d.from ?? 'none'} → ${d.to}`),
  on(CustomerChurnRiskChangedV1, (d) => `Churn risk ${d.previousBand ?? 'none'} → ${d.band}`),
  on(CustomerErasureRequestedV1, () => 'Erasure of personal data requested'),
  on(ComplaintReceivedV1, (d) => `Complaint received via ${d.submittedVia} (${d.product})`),
  on(ComplaintAcknowledgedV1, () => 'Complaint acknowledged'),
  on(
    ComplaintDeadlineExtendedV1,
    (d) => `Complaint ${d.milestone} deadline extended from ${d.previousDeadline} to ${d.newDeadline}`,
  ),
  on(ComplaintEscalatedV1, (d) => `Complaint escalated to ${d.escalatedTo}`),
  on(ComplaintResolvedV1, (d) =>
    d.redress.type === 'monetary' && d.redress.amount && d.redress.currency
      ? `Complaint resolved: ${d.outcome}, redress ${amount(d.redress.amount, d.redress.currency)}`
      : `Complaint resolved: ${d.outcome}`,
  ),
  on(ComplaintReopenedV1, () => 'Complaint reopened'),
  on(ComplaintClosedV1, () => 'Complaint closed'),
  on(ComplaintSlaAtRiskV1, (d) => `Complaint ${d.milestone} deadline ${d.deadline} at risk`),
  on(ComplaintSlaBreachedV1, (d) => `Complaint ${d.milestone} deadline ${d.deadline} missed`),
  on(
    LoanBoardedV1,
    (d) => `Loan boarded: ${amount(d.principal, d.currency)} over ${d.numberOfRepayments} repayments`,
  ),
  on(
    LoanPaymentDueV1,
    (d) => `Installment ${d.installmentNumber} of ${amount(d.amountDue, d.currency)} due on ${d.dueDate}`,
  ),
  on(LoanPaymentReceivedV1, (d) => `Payment of ${amount(d.amount, d.currency)} received`),
  on(LoanPaymentReversedV1, (d) => `Payment of ${amount(d.amount, d.currency)} reversed`),
  on(
    LoanPaymentMissedV1,
    (d) =>
      `Installment ${d.installmentNumber} of ${amount(d.amountOverdue, d.currency)} missed (${d.daysPastDue} days past due)`,
  ),
  on(
    LoanDelinquencyChangedV1,
    (d) =>
      `Delinquency ${d.previousBucket ?? 'current'} → ${d.bucket ?? 'current'} (${d.daysPastDue} days past due)`,
  ),
  on(LoanClosedV1, (d) => `Loan closed (${d.status})`),
  on(LoanRiskWarningV1, (d) => `Loan early warning: ${d.previousSeverity} → ${d.severity}`),
  on(LoanHardshipRequestedV1, () => 'Help with repayments requested'),
  on(LoanHardshipArrangementStartedV1, (d) => `Hardship arrangement started: ${d.option}`),
  on(LoanHardshipArrangementEndedV1, (d) => `Hardship arrangement ended (${d.reason})`),
  on(
    LoanRestructuredV1,
    (d) =>
      `Loan restructured (${d.option}): installment ${amount(d.previousInstallmentAmount, d.currency)} → ${amount(d.installmentAmount, d.currency)}`,
  ),
  on(NotificationSentV1, (d) => ({
    title: `Message sent by ${d.channel} (${d.workflow})`,
    channel: d.channel,
  })),
  on(NotificationDeliveredV1, (d) => ({
    title: `Message delivered by ${d.channel} (${d.workflow})`,
    channel: d.channel,
  })),
  on(NotificationFailedV1, (d) => ({ title: `Message not delivered (${d.reason})`, channel: d.channel })),
  on(FollowUpDueV1, (d) => `Follow-up due for ${d.assignedTeam ?? d.assignedStaffId ?? 'unassigned'}`),
  on(
    FollowUpOverdueV1,
    (d) => `Follow-up overdue for ${d.assignedTeam ?? d.assignedStaffId ?? 'unassigned'}`,
  ),
  on(SurveyInvitedV1, (d) => `Satisfaction survey sent (${d.trigger})`),
  on(SurveyRespondedV1, (d) =>
    [
      'Survey answered',
      [d.csat === undefined ? '' : `CSAT ${d.csat}/5`, d.nps === undefined ? '' : `NPS ${d.nps}/10`]
        .filter(Boolean)
        .join(', '),
    ]
      .filter(Boolean)
      .join(': '),
  ),
]);

/** The event types the timeline shows. */
export const TIMELINE_EVENT_TYPES: readonly string[] = [...DESCRIBERS.keys()];

/** The title and channel staff see for an event; an unknown type still shows, by its name. */
export function describeEvent(type: string, data: unknown): EventDescription {
  const describe = DESCRIBERS.get(type);
  const described = describe ? describe(data) : { title: type, channel: 'system' };
  // Titles are short lines; the whole event stays one click away through its reference.
  return { ...described, title: [...described.title].slice(0, 200).join('') };
}

/** The timeline entry of an event: its title and channel, and a reference to it (never its data). */
export function entryForEvent(
  id: string,
  event: { id: string; type: string; source: string; time: string; partitionkey: string; data: unknown },
): TimelineEntry {
  const { title, channel } = describeEvent(event.type, event.data);
  return {
    id,
    customerId: event.partitionkey,
    type: event.type,
    channel,
    occurredAt: new Date(event.time),
    title,
    sourceEvent: { id: event.id, type: event.type, source: event.source },
  };
}
