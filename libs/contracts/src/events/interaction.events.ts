import { defineEvent } from '../event-definition';
import { s } from '../schema';
import {
  INTERACTION_CHANNELS,
  INTERACTION_OUTCOMES,
  SURVEY_TRIGGERS,
  type InteractionChannel,
  type InteractionOutcome,
  type SurveyTrigger,
} from '../vocabulary';

const CUSTOMER_ID = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';

export interface InteractionRecordedV1Data {
  interactionId: string;
  customerId: string;
  channel: InteractionChannel;
  direction: 'inbound' | 'outbound';
  occurredAt: string;
  /** BCP 47: the language the conversation was held in. */
  language: string;
  interpreterUsed: boolean;
  outcome: InteractionOutcome;
  topics: string[];
  staffId?: string;
  team?: string;
  loanId?: string;
  complaintId?: string;
  /** Set on a correction: the entry it supersedes. */
  supersedes?: string;
}

/** A touchpoint was logged. The summary text stays in interaction-log (free text, personal data). */
export const InteractionRecordedV1 = defineEvent<InteractionRecordedV1Data>({
  type: 'crm.interaction.recorded.v1',
  producers: ['interaction-log'],
  summary: 'A touchpoint with the customer was logged (or a correction of one).',
  dataSchema: s.object(
    [
      'interactionId',
      'customerId',
      'channel',
      'direction',
      'occurredAt',
      'language',
      'interpreterUsed',
      'outcome',
      'topics',
    ],
    {
      interactionId: s.uuid(),
      customerId: s.uuid(),
      channel: s.oneOf(INTERACTION_CHANNELS),
      direction: s.oneOf(['inbound', 'outbound']),
      occurredAt: s.instant(),
      language: s.locale(),
      interpreterUsed: s.bool(),
      outcome: s.oneOf(INTERACTION_OUTCOMES),
      topics: s.list(s.text(60), 20),
      staffId: s.text(100),
      team: s.text(100),
      loanId: s.uuid(),
      complaintId: s.uuid(),
      supersedes: s.uuid(),
    },
  ),
  example: {
    interactionId: '0192f0c2-7b1e-7cc1-8a3e-bbbbbbbbbbbb',
    customerId: CUSTOMER_ID,
    channel: 'wechat',
    direction: 'inbound',
    occurredAt: '2026-11-24T02:15:00.000Z',
    language: 'zh-Hans',
    interpreterUsed: false,
    outcome: 'resolved',
    topics: ['repayment-date'],
    staffId: 'staff-0042',
    team: 'shanghai-branch',
  },
});

export interface FollowUpV1Data {
  followUpId: string;
  customerId: string;
  dueAt: string;
  /** Reason code or short reason, e.g. `check-hardship-outcome`. */
  reason: string;
  assignedStaffId?: string;
  assignedTeam?: string;
  interactionId?: string;
  complaintId?: string;
  loanId?: string;
}

const followUpSchema = (extra: Record<string, ReturnType<typeof s.instant>> = {}, required: string[] = []) =>
  s.object(['followUpId', 'customerId', 'dueAt', 'reason', ...required], {
    followUpId: s.uuid(),
    customerId: s.uuid(),
    dueAt: s.instant(),
    reason: s.text(200),
    assignedStaffId: s.text(100),
    assignedTeam: s.text(100),
    interactionId: s.uuid(),
    complaintId: s.uuid(),
    loanId: s.uuid(),
    ...extra,
  });

const followUpExample: FollowUpV1Data = {
  followUpId: '0192f0c2-7b1e-7cc1-8a3e-cccccccccccc',
  customerId: CUSTOMER_ID,
  dueAt: '2026-11-25T01:00:00.000Z',
  reason: 'check-hardship-outcome',
  assignedTeam: 'collections-care',
};

/** A return visit or call fell due: a task for the assigned staff or team. Published once. */
export const FollowUpDueV1 = defineEvent<FollowUpV1Data>({
  type: 'crm.followup.due.v1',
  producers: ['interaction-log'],
  summary: 'A scheduled follow-up fell due.',
  dataSchema: followUpSchema(),
  example: followUpExample,
});

export interface FollowUpOverdueV1Data extends FollowUpV1Data {
  /** When the overdue margin ran out. */
  overdueAt: string;
}

export const FollowUpOverdueV1 = defineEvent<FollowUpOverdueV1Data>({
  type: 'crm.followup.overdue.v1',
  producers: ['interaction-log'],
  summary: 'A follow-up was missed by more than the configured margin.',
  dataSchema: followUpSchema({ overdueAt: s.instant() }, ['overdueAt']),
  example: { ...followUpExample, overdueAt: '2026-11-26T01:00:00.000Z' },
});

export interface SurveyInvitedV1Data {
  surveyId: string;
  customerId: string;
  trigger: SurveyTrigger;
  /** The id of what triggered it: an interaction, complaint or loan. */
  triggerId: string;
  /** The channel and language of the touchpoint being rated, when known. */
  channel?: string;
  language?: string;
  invitedAt: string;
  expiresAt: string;
}

export const SurveyInvitedV1 = defineEvent<SurveyInvitedV1Data>({
  type: 'crm.survey.invited.v1',
  producers: ['interaction-log'],
  summary: 'A satisfaction survey invitation was created; notifications delivers it.',
  dataSchema: s.object(['surveyId', 'customerId', 'trigger', 'triggerId', 'invitedAt', 'expiresAt'], {
    surveyId: s.uuid(),
    customerId: s.uuid(),
    trigger: s.oneOf(SURVEY_TRIGGERS),
    triggerId: s.uuid(),
    channel: s.text(40),
    language: s.locale(),
    invitedAt: s.instant(),
    expiresAt: s.instant(),
  }),
  example: {
    surveyId: '0192f0c2-7b1e-7cc1-8a3e-dddddddddddd',
    customerId: CUSTOMER_ID,
    trigger: 'complaint-resolved',
    triggerId: '0192f0c2-7b1e-7cc1-8a3e-eeeeeeeeeeee',
    language: 'es',
    invitedAt: '2026-11-24T08:00:00.000Z',
    expiresAt: '2026-12-08T08:00:00.000Z',
  },
});

export interface SurveyRespondedV1Data {
  surveyId: string;
  customerId: string;
  trigger: SurveyTrigger;
  /** 1–5. */
  csat?: number;
  /** 0–10. */
  nps?: number;
  respondedAt: string;
}

/** A customer answered a survey. The comment stays in interaction-log (free text). */
export const SurveyRespondedV1 = defineEvent<SurveyRespondedV1Data>({
  type: 'crm.survey.responded.v1',
  producers: ['interaction-log'],
  summary: 'A customer answered a satisfaction survey (CSAT and/or NPS).',
  dataSchema: s.object(['surveyId', 'customerId', 'trigger', 'respondedAt'], {
    surveyId: s.uuid(),
    customerId: s.uuid(),
    trigger: s.oneOf(SURVEY_TRIGGERS),
    csat: s.int(1, 5),
    nps: s.int(0, 10),
    respondedAt: s.instant(),
  }),
  example: {
    surveyId: '0192f0c2-7b1e-7cc1-8a3e-dddddddddddd',
    customerId: CUSTOMER_ID,
    trigger: 'complaint-resolved',
    csat: 2,
    nps: 4,
    respondedAt: '2026-11-25T08:00:00.000Z',
  },
});
