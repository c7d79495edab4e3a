/**
 * The words services share through events. Each list is closed: a consumer may rely on seeing only
 * these values for a given event version (adding a value is a minor change consumers must tolerate).
 */

/** Purposes a customer consents to, per channel (GDPR Art. 6/7, PIPL Art. 14). */
export const CONSENT_PURPOSES = [
  'service',
  'marketing',
  'profiling',
  'third-party-sharing',
  // Explicit consent for special-category data (GDPR Art. 9, PIPL Art. 28–29): festivals observed.
  'cultural-personalisation',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Channels on which the bank may contact a customer (consents, preferences, notifications). */
export const CONTACT_CHANNELS = [
  'email',
  'sms',
  'phone',
  'push',
  'in-app',
  'whatsapp',
  'wechat',
  'line',
  'letter',
  'branch',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Channels on which a touchpoint can happen (interaction log). */
export const INTERACTION_CHANNELS = [
  'branch',
  'phone',
  'video',
  'email',
  'sms',
  'chat',
  'wechat',
  'whatsapp',
  'line',
  'mobile-app',
  'web',
  'letter',
  'social',
] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const INTERACTION_OUTCOMES = [
  'informed',
  'resolved',
  'follow-up-needed',
  'complaint-raised',
  'application-started',
  'no-contact',
] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** Festivals a customer may say they observe (only with `cultural-personalisation` consent). */
export const FESTIVALS = [
  'lunar-new-year',
  'mid-autumn',
  'eid-al-fitr',
  'eid-al-adha',
  'diwali',
  'christmas',
  'hanukkah',
  'nowruz',
  'vesak',
] as const;
export type Festival = (typeof FESTIVALS)[number];

/** Adjustments agreed with a vulnerable customer (FCA FG21/1). Never the driver, never the note. */
export const VULNERABILITY_ADJUSTMENTS = [
  'extra-time',
  'simpler-language',
  'trusted-third-party',
  'no-phone-calls',
  'large-print',
  'interpreter',
] as const;
export type VulnerabilityAdjustment = (typeof VULNERABILITY_ADJUSTMENTS)[number];

export const COMMUNICATION_STYLES = ['formal', 'informal'] as const;
export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number];

export const KYC_STATUSES = ['pending', 'verified', 'expired', 'rejected'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

export const AML_FLAGS = ['pep', 'sanctions-match', 'high-risk-jurisdiction'] as const;
export type AmlFlag = (typeof AML_FLAGS)[number];

export const SEGMENT_DIMENSIONS = ['value-tier', 'lifecycle-stage', 'risk-level', 'engagement'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export const CHURN_RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type ChurnRiskBand = (typeof CHURN_RISK_BANDS)[number];

export const COMPLAINT_REGIMES = ['us-cfpb', 'uk-fca-disp', 'uk-fca-psd', 'cn-nfra', 'eu-jc'] as const;
export type ComplaintRegime = (typeof COMPLAINT_REGIMES)[number];

/** The milestones a complaint's regulatory clock tracks; `deadlines` maps each to a local date. */
export const COMPLAINT_MILESTONES = [
  'acknowledgement',
  'summaryResolution',
  'response',
  'finalResponse',
] as const;
export type ComplaintMilestone = (typeof COMPLAINT_MILESTONES)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partially-upheld', 'not-upheld'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** Fineract's `LoanStatus` names that a servicing view needs. */
export const LOAN_STATUSES = [
  'ACTIVE',
  'CLOSED_OBLIGATIONS_MET',
  'CLOSED_WRITTEN_OFF',
  'CLOSED_RESCHEDULED',
  'OVERPAID',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const HARDSHIP_OPTIONS = [
  'PAYMENT_HOLIDAY',
  'INTEREST_PAUSE',
  'GRACE_ON_PRINCIPAL',
  'EXTEND_REPAYMENT_PERIOD',
  'RE_AGE',
] as const;
export type HardshipOption = (typeof HARDSHIP_OPTIONS)[number];

export const RISK_SEVERITIES = ['none', 'low', 'medium', 'high'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

export const NOTIFICATION_CHANNELS = [
  'email',
  'sms',
  'whatsapp',
  'push',
  'in-app',
  'staff-task',
  'letter',
] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_PURPOSES = ['service', 'collections', 'marketing', 'security'] as const;
export type NotificationPurpose = (typeof NOTIFICATION_PURPOSES)[number];

export const SURVEY_TRIGGERS = ['interaction-resolved', 'complaint-resolved', 'loan-restructured'] as const;
export type SurveyTrigger = (typeof SURVEY_TRIGGERS)[number];
