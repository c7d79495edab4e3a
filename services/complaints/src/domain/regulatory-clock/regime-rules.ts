import type { ComplaintMilestone, ComplaintRegime } from '@crm/contracts';
import { cfpbProduct } from '../cfpb-taxonomy';
import type { Jurisdiction } from './jurisdiction';

/** A period counted from day 0 (the day of receipt in the jurisdiction's time zone). */
export interface DayCount {
  days: number;
  unit: 'calendar' | 'business';
}

export interface MilestoneRule {
  milestone: ComplaintMilestone;
  count: DayCount;
  /**
   * Whether missing it breaks a rule (and so is watched by the SLA scheduler). A summary resolution is an
   * option the firm may use, not a duty: passing its date only means a full final response is due.
   */
  isObligation: boolean;
  /** Where the figure comes from. */
  basis: string;
}

export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

/** Which regime governs a complaint: the first rule whose country (and product kind) matches. */
export interface RegimeRule {
  countries: readonly string[];
  /** Only complaints about payment services (PSRs 2017 / PSD2 Art. 101). */
  paymentServicesOnly?: boolean;
  regime: ComplaintRegime;
}

export const REGIME_RULES: readonly RegimeRule[] = [
  { countries: ['US'], regime: 'us-cfpb' },
  { countries: ['GB'], paymentServicesOnly: true, regime: 'uk-fca-psd' },
  { countries: ['GB'], regime: 'uk-fca-disp' },
  { countries: ['CN'], regime: 'cn-nfra' },
  { countries: EU_MEMBER_STATES, regime: 'eu-jc' },
];

const PROMPT_ACKNOWLEDGEMENT: MilestoneRule = {
  milestone: 'acknowledgement',
  count: { days: 5, unit: 'business' },
  isObligation: true,
  // DISP 1.6.1R(1) asks for a "prompt" written acknowledgement; 5 business days is the bank's reading.
  basis: 'DISP 1.6.1R(1) prompt acknowledgement (bank policy: 5 business days)',
};

/** Milestones each regime starts with when a complaint is received (or reopened). */
export const REGIME_MILESTONES: Readonly<
  Record<Exclude<ComplaintRegime, 'eu-jc'>, readonly MilestoneRule[]>
> = {
  'us-cfpb': [
    {
      milestone: 'response',
      count: { days: 15, unit: 'calendar' },
      isObligation: true,
      basis: 'CFPB company portal: response within 15 calendar days of receipt',
    },
  ],
  'uk-fca-disp': [
    PROMPT_ACKNOWLEDGEMENT,
    {
      milestone: 'summaryResolution',
      count: { days: 3, unit: 'business' },
      isObligation: false,
      basis: 'DISP 1.5.1R: resolved by the close of the third business day after receipt',
    },
    {
      milestone: 'finalResponse',
      count: { days: 56, unit: 'calendar' },
      isObligation: true,
      basis: 'DISP 1.6.2R: final response by the end of eight weeks after receipt',
    },
  ],
  'uk-fca-psd': [
    PROMPT_ACKNOWLEDGEMENT,
    {
      milestone: 'finalResponse',
      count: { days: 15, unit: 'business' },
      isObligation: true,
      basis: 'DISP 1.6.2AR(1), PSRs 2017 reg. 101: final response within 15 business days',
    },
  ],
  'cn-nfra': [
    {
      milestone: 'response',
      count: { days: 15, unit: 'business' },
      isObligation: true,
      basis: '银行业保险业消费投诉处理管理办法 Art. 20: decision within 15 working days of receipt',
    },
  ],
};

/**
 * eu-jc (Joint Committee Guidelines on complaints-handling, JC 2018 35, guideline 7): the reply is due
 * "within the time limits set at national level". Configured per member state; `DEFAULT` applies to a
 * member state without an entry (the PSD2 Art. 101 15-business-day limit). Overridable in settings.
 */
export const EU_JC_MEMBER_STATE_MILESTONES: Readonly<Record<string, readonly MilestoneRule[]>> = {
  DEFAULT: [
    {
      milestone: 'finalResponse',
      count: { days: 15, unit: 'business' },
      isObligation: true,
      basis: 'JC 2018 35 GL 7; national default: 15 business days',
    },
  ],
  IE: [
    {
      milestone: 'acknowledgement',
      count: { days: 5, unit: 'business' },
      isObligation: true,
      basis: 'Central Bank of Ireland Consumer Protection Code 2012, 10.9(b)',
    },
    {
      milestone: 'finalResponse',
      count: { days: 40, unit: 'business' },
      isObligation: true,
      basis: 'Central Bank of Ireland Consumer Protection Code 2012, 10.9(e)',
    },
  ],
  FR: [
    {
      milestone: 'acknowledgement',
      count: { days: 10, unit: 'business' },
      isObligation: true,
      basis: 'ACPR recommendation 2022-R-01: acknowledgement within 10 business days',
    },
    {
      milestone: 'finalResponse',
      count: { days: 60, unit: 'calendar' },
      isObligation: true,
      basis: 'ACPR recommendation 2022-R-01: reply within two months',
    },
  ],
};

/** A deadline that a later step of the case changes, as the regime allows. */
export interface DeadlineChangeRule {
  milestone: ComplaintMilestone;
  /** Counted from day 0 again. */
  count: DayCount;
  ground: string;
  basis: string;
}

/** What a holding response does to the clock (the CFPB "in progress" response, the PSD holding reply). */
export interface HoldingResponseRule extends DeadlineChangeRule {
  /** Milestones the holding response itself satisfies. */
  meets: readonly ComplaintMilestone[];
}

export const HOLDING_RESPONSE_RULES: Readonly<Partial<Record<ComplaintRegime, HoldingResponseRule>>> = {
  'us-cfpb': {
    milestone: 'finalResponse',
    count: { days: 60, unit: 'calendar' },
    ground: 'in-progress',
    basis: 'CFPB company portal: an "in progress" response owes a final response within 60 days',
    meets: ['response'],
  },
  'uk-fca-psd': {
    milestone: 'finalResponse',
    count: { days: 35, unit: 'business' },
    ground: 'exceptional-circumstances',
    basis:
      'DISP 1.6.2AR(2): holding reply in exceptional circumstances, final response within 35 business days',
    meets: [],
  },
};

/** Extensions a regime allows on request, each with a reason and an approver. */
export interface ExtensionRule extends DeadlineChangeRule {
  /** The ground that must have been granted first. */
  after?: string;
}

export const EXTENSION_RULES: Readonly<Partial<Record<ComplaintRegime, readonly ExtensionRule[]>>> = {
  'cn-nfra': [
    {
      milestone: 'response',
      count: { days: 30, unit: 'business' },
      ground: 'complex-case',
      basis: '银行业保险业消费投诉处理管理办法 Art. 20: complex cases up to 30 working days',
    },
    {
      milestone: 'response',
      count: { days: 60, unit: 'business' },
      ground: 'special-approval',
      after: 'complex-case',
      basis: '银行业保险业消费投诉处理管理办法 Art. 20: a further 30 working days with senior approval',
    },
  ],
};

export interface RegimeChoice {
  regime: ComplaintRegime;
  source: 'rules' | 'override';
  overrideReason?: string;
}

/** The regime from the rules table, or the override a handler chose with a reason. */
export function selectRegime(
  jurisdiction: Jurisdiction,
  product: string,
  override?: { regime: ComplaintRegime; reason: string },
): RegimeChoice | undefined {
  if (override) return { regime: override.regime, source: 'override', overrideReason: override.reason };
  const isPaymentService = cfpbProduct(product)?.isPaymentService ?? false;
  const rule = REGIME_RULES.find(
    (r) => r.countries.includes(jurisdiction.country) && (!r.paymentServicesOnly || isPaymentService),
  );
  return rule ? { regime: rule.regime, source: 'rules' } : undefined;
}
