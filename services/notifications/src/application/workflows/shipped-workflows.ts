import {
  ComplaintAcknowledgedV1,
  ComplaintDeadlineExtendedV1,
  ComplaintResolvedV1,
  CustomerChurnRiskChangedV1,
  CustomerRegisteredV1,
  FollowUpDueV1,
  LoanHardshipArrangementEndedV1,
  LoanHardshipArrangementStartedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
  LoanRiskWarningV1,
  SurveyInvitedV1,
} from '@crm/contracts';
import type { Workflow } from '../../domain/workflow';
import type { TemplateKey } from '../templates/template-renderer';

/** A shipped workflow: its template is one of the renderer's known keys. */
type ShippedWorkflow = Workflow & { templateKey: TemplateKey };

const letterTask = { channels: ['letter' as const], task: 'letter' as const, team: 'letters' };

/**
 * The workflows the service ships with. Data, not code: WORKFLOWS_FILE may replace any of them by name
 * or add others (same shape, as JSON).
 */
export const SHIPPED_WORKFLOWS: ShippedWorkflow[] = [
  {
    name: 'welcome',
    eventType: CustomerRegisteredV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'welcome',
    // The contact-preferences event follows registration: a short delay lets it arrive first, and a
    // message due before it waits for it (AWAITING_CONTACT_PREFERENCES).
    delayMinutes: 2,
    steps: [{ channels: ['email', 'in-app', 'push', 'whatsapp', 'sms'] }],
    params: {},
  },
  {
    name: 'payment-due-reminder',
    eventType: LoanPaymentDueV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'payment-due-reminder',
    steps: [
      { channels: ['push', 'in-app', 'whatsapp', 'email'], timeoutMinutes: 60 },
      { channels: ['sms'], timeoutMinutes: 24 * 60 },
      letterTask,
    ],
    params: { amount: 'amountDue', currency: 'currency', dueDate: 'dueDate', daysUntilDue: 'daysUntilDue' },
    loanIdPath: 'loanId',
    throttle: { max: 3, perHours: 24 },
  },
  {
    name: 'payment-missed',
    eventType: LoanPaymentMissedV1.type,
    purpose: 'collections',
    audience: 'customer',
    templateKey: 'payment-missed',
    steps: [
      { channels: ['sms', 'push', 'whatsapp', 'email', 'in-app'], timeoutMinutes: 24 * 60 },
      { channels: ['staff-task'], task: 'call', team: 'collections' },
      letterTask,
    ],
    params: { amount: 'amountOverdue', currency: 'currency', dueDate: 'dueDate', daysPastDue: 'daysPastDue' },
    loanIdPath: 'loanId',
  },
  {
    name: 'hardship-arrangement-started',
    eventType: LoanHardshipArrangementStartedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'hardship-arrangement-started',
    steps: [{ channels: ['email', 'in-app', 'push', 'sms'], timeoutMinutes: 24 * 60 }, letterTask],
    params: { option: 'option', startsOn: 'startsOn', endsOn: 'endsOn' },
    loanIdPath: 'loanId',
  },
  {
    name: 'hardship-arrangement-ended',
    eventType: LoanHardshipArrangementEndedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'hardship-arrangement-ended',
    steps: [{ channels: ['email', 'in-app', 'push', 'sms'] }],
    params: {},
    loanIdPath: 'loanId',
  },
  {
    name: 'complaint-acknowledged',
    eventType: ComplaintAcknowledgedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'complaint-acknowledged',
    steps: [{ channels: ['email', 'in-app'], timeoutMinutes: 24 * 60 }, letterTask],
    params: { complaintReference: 'complaintId', finalResponseBy: 'deadlines.finalResponse' },
  },
  {
    name: 'complaint-final-response',
    eventType: ComplaintResolvedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'complaint-final-response',
    steps: [{ channels: ['email', 'in-app'], timeoutMinutes: 24 * 60 }, letterTask],
    params: { complaintReference: 'complaintId', outcome: 'outcome' },
  },
  {
    // DISP 1.6.2R / CFPB: the final response tells the customer where to go next.
    name: 'complaint-escalation-rights',
    eventType: ComplaintResolvedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'complaint-escalation-rights',
    steps: [{ channels: ['email', 'in-app'], timeoutMinutes: 24 * 60 }, letterTask],
    params: { complaintReference: 'complaintId' },
  },
  {
    name: 'complaint-deadline-extended',
    eventType: ComplaintDeadlineExtendedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'complaint-deadline-extended',
    steps: [{ channels: ['email', 'in-app', 'sms'] }],
    params: { complaintReference: 'complaintId', newDeadline: 'newDeadline' },
  },
  {
    name: 'survey-invitation',
    eventType: SurveyInvitedV1.type,
    purpose: 'service',
    audience: 'customer',
    templateKey: 'survey-invitation',
    steps: [{ channels: ['in-app', 'email', 'push'] }],
    params: { surveyId: 'surveyId', expiresAt: 'expiresAt' },
    throttle: { max: 1, perHours: 7 * 24 },
  },
  {
    name: 'followup-due',
    eventType: FollowUpDueV1.type,
    purpose: 'service',
    audience: 'staff',
    templateKey: 'followup-due-task',
    steps: [{ channels: ['staff-task'], task: 'review', team: 'branch' }],
    params: { customerId: 'customerId', dueAt: 'dueAt', reason: 'reason' },
    teamPath: 'assignedTeam',
    loanIdPath: 'loanId',
  },
  {
    name: 'churn-risk-warning',
    eventType: CustomerChurnRiskChangedV1.type,
    purpose: 'service',
    audience: 'staff',
    templateKey: 'risk-warning-task',
    conditions: [{ event: 'band', in: ['high', 'critical'] }],
    steps: [{ channels: ['staff-task'], task: 'review', team: 'relationship-managers' }],
    params: { customerId: 'customerId', severity: 'band', reasons: 'reasons' },
  },
  {
    name: 'loan-risk-warning',
    eventType: LoanRiskWarningV1.type,
    purpose: 'service',
    audience: 'staff',
    templateKey: 'risk-warning-task',
    conditions: [{ event: 'severity', in: ['medium', 'high'] }],
    steps: [{ channels: ['staff-task'], task: 'review', team: 'relationship-managers' }],
    params: { customerId: 'customerId', severity: 'severity', reasons: 'reasons' },
    loanIdPath: 'loanId',
  },
  {
    // Triggered by the festival-greetings job, never by an event.
    name: 'festival-greeting',
    purpose: 'service',
    audience: 'customer',
    templateKey: 'festival-greeting',
    conditions: [{ customer: 'has-consent', purpose: 'cultural-personalisation' }],
    steps: [{ channels: ['in-app', 'email', 'push', 'whatsapp'] }],
    params: { festival: 'festival' },
  },
];
