/**
 * Root causes a closed complaint is filed under (DISP 1.3.3R: firms analyse complaints for recurring or
 * systemic problems). Kept short and stable so that trends are comparable year on year.
 */
export const ROOT_CAUSES = [
  'process-failure',
  'system-error',
  'staff-conduct',
  'communication',
  'product-design',
  'pricing-and-fees',
  'third-party',
  'fraud-or-scam',
  'customer-misunderstanding',
  'policy-applied-correctly',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** How a complaint reached the bank. */
export const SUBMISSION_CHANNELS = [
  'web',
  'phone',
  'email',
  'postal-mail',
  'branch',
  'chat',
  'social',
  'referral',
] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/** The CFPB `Company response to consumer` values. */
export const CFPB_COMPANY_RESPONSES = [
  'Closed with monetary relief',
  'Closed with non-monetary relief',
  'Closed with explanation',
  'Closed',
] as const;
export type CfpbCompanyResponse = (typeof CFPB_COMPANY_RESPONSES)[number];

export const ESCALATION_TARGETS = ['ombudsman', 'regulator', 'internal'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
