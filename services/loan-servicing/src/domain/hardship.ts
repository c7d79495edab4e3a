import { Decimal } from '@crm/kernel';
import { HARDSHIP_OPTIONS, type HardshipOption } from '@crm/contracts';

export const HARDSHIP_REASONS = [
  'job-loss',
  'illness',
  'bereavement',
  'natural-disaster',
  'reduced-income',
  'relationship-breakdown',
  'other',
] as const;
export type HardshipReason = (typeof HARDSHIP_REASONS)[number];

/** Where a hardship request stands: the maker–checker journey from the customer's ask to a new schedule. */
export const HARDSHIP_REQUEST_STATUSES = ['OPEN', 'PROPOSED', 'ACCEPTED', 'APPROVED', 'WITHDRAWN'] as const;
export type HardshipRequestStatus = (typeof HARDSHIP_REQUEST_STATUSES)[number];

/**
 * An option's eligibility rule, kept as configuration (LOAN_HARDSHIP_RULES) so that the bank's policy
 * changes without a release. `maxInstallments` bounds how many installments the option may cover (or,
 * for EXTEND_REPAYMENT_PERIOD, add); `minDaysPastDue` / `maxDaysPastDue` bound the arrears it is for.
 */
export interface HardshipOptionRule {
  enabled: boolean;
  maxInstallments: number;
  minDaysPastDue: number;
  maxDaysPastDue: number;
  /** Offered only when the current installment is not affordable from declared income less expenses. */
  requiresUnaffordableInstallment: boolean;
}

export type HardshipRules = Record<HardshipOption, HardshipOptionRule>;

export const DEFAULT_HARDSHIP_RULES: HardshipRules = {
  PAYMENT_HOLIDAY: {
    enabled: true,
    maxInstallments: 3,
    minDaysPastDue: 0,
    maxDaysPastDue: 90,
    requiresUnaffordableInstallment: false,
  },
  INTEREST_PAUSE: {
    enabled: true,
    maxInstallments: 6,
    minDaysPastDue: 0,
    maxDaysPastDue: 180,
    requiresUnaffordableInstallment: false,
  },
  GRACE_ON_PRINCIPAL: {
    enabled: true,
    maxInstallments: 6,
    minDaysPastDue: 0,
    maxDaysPastDue: 90,
    requiresUnaffordableInstallment: false,
  },
  EXTEND_REPAYMENT_PERIOD: {
    enabled: true,
    maxInstallments: 36,
    minDaysPastDue: 0,
    maxDaysPastDue: 180,
    requiresUnaffordableInstallment: true,
  },
  RE_AGE: {
    enabled: true,
    maxInstallments: 60,
    minDaysPastDue: 1,
    maxDaysPastDue: 365,
    requiresUnaffordableInstallment: false,
  },
};

/** Reads LOAN_HARDSHIP_RULES: a JSON object of per-option overrides on top of the defaults. */
export function parseHardshipRules(json: string): HardshipRules {
  const overrides: unknown = JSON.parse(json);
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
    throw new RangeError('hardship rules must be a JSON object keyed by option');
  const rules: HardshipRules = { ...DEFAULT_HARDSHIP_RULES };
  for (const [option, value] of Object.entries(overrides)) {
    if (!(HARDSHIP_OPTIONS as readonly string[]).includes(option))
      throw new RangeError(`unknown hardship option ${option}`);
    const merged = { ...rules[option as HardshipOption], ...(value as Partial<HardshipOptionRule>) };
    const numbers = [merged.maxInstallments, merged.minDaysPastDue, merged.maxDaysPastDue];
    if (
      !numbers.every((n) => Number.isInteger(n) && n >= 0) ||
      typeof merged.enabled !== 'boolean' ||
      typeof merged.requiresUnaffordableInstallment !== 'boolean'
    )
      throw new RangeError(`hardship rule for ${option} is malformed`);
    rules[option as HardshipOption] = merged;
  }
  return rules;
}

export interface Affordability {
  disposableIncome: Decimal;
  currentInstallment: Decimal;
  isCurrentInstallmentAffordable: boolean;
}

/** The affordability check a lender owes a customer in difficulty (FCA CONC 7.3): income less expenses against the installment. */
export function assessAffordability(
  monthlyIncome: Decimal,
  monthlyExpenses: Decimal,
  currentInstallment: Decimal,
): Affordability {
  const disposableIncome = monthlyIncome.minus(monthlyExpenses);
  return {
    disposableIncome,
    currentInstallment,
    isCurrentInstallmentAffordable: disposableIncome.gte(currentInstallment),
  };
}

export interface EligibleOption {
  option: HardshipOption;
  maxInstallments: number;
}

export function eligibleOptions(
  rules: HardshipRules,
  daysPastDue: number,
  affordability: Affordability,
): EligibleOption[] {
  return HARDSHIP_OPTIONS.filter((option) => {
    const rule = rules[option];
    return (
      rule.enabled &&
      daysPastDue >= rule.minDaysPastDue &&
      daysPastDue <= rule.maxDaysPastDue &&
      (!rule.requiresUnaffordableInstallment || !affordability.isCurrentInstallmentAffordable)
    );
  }).map((option) => ({ option, maxInstallments: rules[option].maxInstallments }));
}

export interface HardshipProposal {
  previewId: string;
  /** The staff member (maker) who proposed the option. */
  proposedBy: string;
  proposedAt: Date;
}

/** What the customer saw and agreed to: the wording's version and language, through which channel, when. */
export interface HardshipAcceptance {
  wordingVersion: string;
  language: string;
  channel: string;
  acceptedAt: Date;
}

export interface HardshipRequest {
  id: string;
  loanId: string;
  customerId: string;
  reasons: HardshipReason[];
  monthlyIncome: Decimal;
  monthlyExpenses: Decimal;
  requestedHelp: HardshipOption[];
  channel: string;
  language: string;
  /** Free text: may reveal health or family matters, so it never leaves this service and is erased on request. */
  notes: string | null;
  status: HardshipRequestStatus;
  requestedAt: Date;
  proposal: HardshipProposal | null;
  acceptance: HardshipAcceptance | null;
  approvedBy: string | null;
  approvedAt: Date | null;
}

export interface HardshipArrangement {
  id: string;
  loanId: string;
  requestId: string;
  option: HardshipOption;
  startsOn: string;
  /** The last day of the arrangement; null while open-ended. */
  endsOn: string | null;
  status: 'ACTIVE' | 'ENDED';
  endReason: 'completed' | 'cancelled' | 'broken' | null;
  startedAt: Date;
  endedAt: Date | null;
}
