import type { SchemaObject } from 'ajv';
import { defineEvent } from '../event-definition';
import { s } from '../schema';
import {
  COMPLAINT_MILESTONES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_REGIMES,
  type ComplaintMilestone,
  type ComplaintOutcome,
  type ComplaintRegime,
} from '../vocabulary';

const CUSTOMER_ID = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
const COMPLAINT_ID = '0192f0c2-7b1e-7cc1-8a3e-eeeeeeeeeeee';

/** Local dates (YYYY-MM-DD) in the jurisdiction's time zone, one per milestone the regime has. */
export type ComplaintDeadlines = Partial<Record<ComplaintMilestone, string>>;

const deadlinesSchema: SchemaObject = s.object(
  [],
  Object.fromEntries(COMPLAINT_MILESTONES.map((m) => [m, s.date()])),
);

/** What every complaint event carries, so consumers need no copy of the case. */
export interface ComplaintEventBase {
  complaintId: string;
  customerId: string;
  regime: ComplaintRegime;
  /** BCP 47: the language of the complaint, for letters back. */
  language: string;
  loanId?: string;
}

const base = {
  complaintId: s.uuid(),
  customerId: s.uuid(),
  regime: s.oneOf(COMPLAINT_REGIMES),
  language: s.locale(),
  loanId: s.uuid(),
};
const baseRequired = ['complaintId', 'customerId', 'regime', 'language'];
const baseExample: ComplaintEventBase = {
  complaintId: COMPLAINT_ID,
  customerId: CUSTOMER_ID,
  regime: 'uk-fca-disp',
  language: 'en-GB',
};

export interface ComplaintReceivedV1Data extends ComplaintEventBase {
  submittedVia: string;
  receivedAt: string;
  /** ISO 3166-1, optionally `-` ISO 3166-2 subdivision (`GB`, `GB-SCT`). */
  jurisdiction: string;
  product: string;
  issue: string;
  deadlines: ComplaintDeadlines;
  /** IANA time zone the deadlines are local to. */
  deadlineTimeZone: string;
  interactionId?: string;
}

export const ComplaintReceivedV1 = defineEvent<ComplaintReceivedV1Data>({
  type: 'crm.complaint.received.v1',
  producers: ['complaints'],
  summary: 'A complaint was received, with its regime and deadlines.',
  dataSchema: s.object(
    [
      ...baseRequired,
      'submittedVia',
      'receivedAt',
      'jurisdiction',
      'product',
      'issue',
      'deadlines',
      'deadlineTimeZone',
    ],
    {
      ...base,
      submittedVia: s.text(40),
      receivedAt: s.instant(),
      jurisdiction: { type: 'string', pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' },
      product: s.text(200),
      issue: s.text(200),
      deadlines: deadlinesSchema,
      deadlineTimeZone: s.timeZone(),
      interactionId: s.uuid(),
    },
  ),
  example: {
    ...baseExample,
    submittedVia: 'phone',
    receivedAt: '2026-12-23T10:00:00.000Z',
    jurisdiction: 'GB',
    product: 'Mortgage',
    issue: 'Trouble during payment process',
    deadlines: { summaryResolution: '2026-12-30', finalResponse: '2027-02-17' },
    deadlineTimeZone: 'Europe/London',
  },
});

export interface ComplaintAcknowledgedV1Data extends ComplaintEventBase {
  acknowledgedAt: string;
  deadlines: ComplaintDeadlines;
  deadlineTimeZone: string;
}

export const ComplaintAcknowledgedV1 = defineEvent<ComplaintAcknowledgedV1Data>({
  type: 'crm.complaint.acknowledged.v1',
  producers: ['complaints'],
  summary: 'The bank acknowledged a complaint (the customer gets a letter with the deadlines).',
  dataSchema: s.object([...baseRequired, 'acknowledgedAt', 'deadlines', 'deadlineTimeZone'], {
    ...base,
    acknowledgedAt: s.instant(),
    deadlines: deadlinesSchema,
    deadlineTimeZone: s.timeZone(),
  }),
  example: {
    ...baseExample,
    acknowledgedAt: '2026-12-23T15:00:00.000Z',
    deadlines: { finalResponse: '2027-02-17' },
    deadlineTimeZone: 'Europe/London',
  },
});

export interface ComplaintDeadlineExtendedV1Data extends ComplaintEventBase {
  milestone: ComplaintMilestone;
  previousDeadline: string;
  newDeadline: string;
  deadlineTimeZone: string;
  /** The regime's ground for it, e.g. `complex-case` (cn-nfra) or `exceptional-circumstances` (PSD). */
  ground: string;
  extendedAt: string;
}

/** A deadline was extended as the regime allows; the customer must be told. */
export const ComplaintDeadlineExtendedV1 = defineEvent<ComplaintDeadlineExtendedV1Data>({
  type: 'crm.complaint.deadline-extended.v1',
  producers: ['complaints'],
  summary: 'A complaint deadline was extended with a recorded reason and approver.',
  dataSchema: s.object(
    [
      ...baseRequired,
      'milestone',
      'previousDeadline',
      'newDeadline',
      'deadlineTimeZone',
      'ground',
      'extendedAt',
    ],
    {
      ...base,
      milestone: s.oneOf(COMPLAINT_MILESTONES),
      previousDeadline: s.date(),
      newDeadline: s.date(),
      deadlineTimeZone: s.timeZone(),
      ground: s.text(60),
      extendedAt: s.instant(),
    },
  ),
  example: {
    ...baseExample,
    regime: 'cn-nfra',
    language: 'zh-Hans',
    milestone: 'response',
    previousDeadline: '2026-12-09',
    newDeadline: '2026-12-24',
    deadlineTimeZone: 'Asia/Shanghai',
    ground: 'complex-case',
    extendedAt: '2026-12-05T02:00:00.000Z',
  },
});

export interface ComplaintEscalatedV1Data extends ComplaintEventBase {
  /** Who it went to: `ombudsman`, `regulator` or `internal`. */
  escalatedTo: 'ombudsman' | 'regulator' | 'internal';
  reference?: string;
  escalatedAt: string;
}

export const ComplaintEscalatedV1 = defineEvent<ComplaintEscalatedV1Data>({
  type: 'crm.complaint.escalated.v1',
  producers: ['complaints'],
  summary: 'A complaint was escalated to an ombudsman, regulator or internally.',
  dataSchema: s.object([...baseRequired, 'escalatedTo', 'escalatedAt'], {
    ...base,
    escalatedTo: s.oneOf(['ombudsman', 'regulator', 'internal']),
    reference: s.text(100),
    escalatedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    escalatedTo: 'ombudsman',
    reference: 'FOS-123456',
    escalatedAt: '2027-01-10T09:00:00.000Z',
  },
});

export interface ComplaintResolvedV1Data extends ComplaintEventBase {
  outcome: ComplaintOutcome;
  redress: { type: 'monetary' | 'non-monetary' | 'none'; amount?: string; currency?: string };
  /** The CFPB `Company response to consumer` value. */
  companyResponse: string;
  /** Whether the final response met its deadline. */
  isOnTime: boolean;
  resolvedAt: string;
}

export const ComplaintResolvedV1 = defineEvent<ComplaintResolvedV1Data>({
  type: 'crm.complaint.resolved.v1',
  producers: ['complaints'],
  summary: 'A final response was sent: outcome, redress, timeliness.',
  dataSchema: s.object([...baseRequired, 'outcome', 'redress', 'companyResponse', 'isOnTime', 'resolvedAt'], {
    ...base,
    outcome: s.oneOf(COMPLAINT_OUTCOMES),
    redress: s.object(['type'], {
      type: s.oneOf(['monetary', 'non-monetary', 'none']),
      amount: s.decimal(),
      currency: s.currency(),
    }),
    companyResponse: s.text(100),
    isOnTime: s.bool(),
    resolvedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    outcome: 'upheld',
    redress: { type: 'monetary', amount: '150.00', currency: 'GBP' },
    companyResponse: 'Closed with monetary relief',
    isOnTime: true,
    resolvedAt: '2027-01-05T12:00:00.000Z',
  },
});

export interface ComplaintReopenedV1Data extends ComplaintEventBase {
  reopenedAt: string;
  deadlines: ComplaintDeadlines;
  deadlineTimeZone: string;
}

export const ComplaintReopenedV1 = defineEvent<ComplaintReopenedV1Data>({
  type: 'crm.complaint.reopened.v1',
  producers: ['complaints'],
  summary: 'A resolved or closed complaint was reopened; its clock restarts.',
  dataSchema: s.object([...baseRequired, 'reopenedAt', 'deadlines', 'deadlineTimeZone'], {
    ...base,
    reopenedAt: s.instant(),
    deadlines: deadlinesSchema,
    deadlineTimeZone: s.timeZone(),
  }),
  example: {
    ...baseExample,
    reopenedAt: '2027-01-20T09:00:00.000Z',
    deadlines: { finalResponse: '2027-03-17' },
    deadlineTimeZone: 'Europe/London',
  },
});

export interface ComplaintClosedV1Data extends ComplaintEventBase {
  /** From the maintained root-cause list, e.g. `process-failure`. */
  rootCause: string;
  closedAt: string;
}

export const ComplaintClosedV1 = defineEvent<ComplaintClosedV1Data>({
  type: 'crm.complaint.closed.v1',
  producers: ['complaints'],
  summary: 'A complaint was closed with its root cause.',
  dataSchema: s.object([...baseRequired, 'rootCause', 'closedAt'], {
    ...base,
    rootCause: s.text(60),
    closedAt: s.instant(),
  }),
  example: { ...baseExample, rootCause: 'process-failure', closedAt: '2027-01-06T12:00:00.000Z' },
});

export interface ComplaintSlaV1Data extends ComplaintEventBase {
  milestone: ComplaintMilestone;
  /** Local date in `deadlineTimeZone`. */
  deadline: string;
  deadlineTimeZone: string;
  /** Share of the time used when the event fired, 0–1, as a decimal string. */
  shareUsed: string;
  detectedAt: string;
}

const slaSchema = s.object(
  [...baseRequired, 'milestone', 'deadline', 'deadlineTimeZone', 'shareUsed', 'detectedAt'],
  {
    ...base,
    milestone: s.oneOf(COMPLAINT_MILESTONES),
    deadline: s.date(),
    deadlineTimeZone: s.timeZone(),
    shareUsed: s.decimal(),
    detectedAt: s.instant(),
  },
);

export const ComplaintSlaAtRiskV1 = defineEvent<ComplaintSlaV1Data>({
  type: 'crm.complaint.sla-at-risk.v1',
  producers: ['complaints'],
  summary: 'A configured share (default 80%) of the time to a complaint deadline is used.',
  dataSchema: slaSchema,
  example: {
    ...baseExample,
    milestone: 'finalResponse',
    deadline: '2027-02-17',
    deadlineTimeZone: 'Europe/London',
    shareUsed: '0.80',
    detectedAt: '2027-02-06T00:00:00.000Z',
  },
});

export const ComplaintSlaBreachedV1 = defineEvent<ComplaintSlaV1Data>({
  type: 'crm.complaint.sla-breached.v1',
  producers: ['complaints'],
  summary: 'A complaint deadline passed without its milestone.',
  dataSchema: slaSchema,
  example: {
    ...baseExample,
    milestone: 'finalResponse',
    deadline: '2027-02-17',
    deadlineTimeZone: 'Europe/London',
    shareUsed: '1.00',
    detectedAt: '2027-02-18T00:00:00.000Z',
  },
});
