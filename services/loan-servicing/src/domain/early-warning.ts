import { RISK_SEVERITIES, type RiskSeverity } from '@crm/contracts';

/**
 * THE FAIRNESS GUARD for the early warning. The closed, reviewed list of everything the risk signal
 * may see: how the loan is being repaid, nothing about who the customer is. Language, nationality,
 * country, culture, festivals, name and vulnerability are deliberately absent; the assessment takes
 * nothing but this type, and the service keeps none of them beside the loan.
 *
 * Why: equal treatment in credit (US ECOA / Reg. B 12 CFR 1002.6: no national origin or religion;
 * FCA PRIN 2A Consumer Duty: good outcomes for every group, vulnerable customers included; GDPR
 * Art. 22 and Art. 9: no automated profiling on special-category data). Vulnerability changes how the
 * bank contacts a customer (more time), never how risky it thinks they are. Adding a key is a change
 * to a reviewed list; the spec beside this file lists the keys so that the change shows in review.
 */
export interface RepaymentBehaviour {
  /** Installments past due and unpaid (beyond the arrears tolerance) on the business date. */
  readonly missedInstallments: number;
  /** Past-due installments of which something, not all, was paid. */
  readonly partiallyPaidInstallments: number;
  readonly daysPastDue: number;
  /** Days past due at the previous assessment: the DPD trend. */
  readonly previousDaysPastDue: number;
  /** The customer asked for help with repayments in the last 90 days. */
  readonly hasRecentHardshipRequest: boolean;
  /** Complaints about this loan that are neither resolved nor closed. */
  readonly openComplaintsAboutLoan: number;
}

export const REPAYMENT_BEHAVIOUR_KEYS = [
  'missedInstallments',
  'partiallyPaidInstallments',
  'daysPastDue',
  'previousDaysPastDue',
  'hasRecentHardshipRequest',
  'openComplaintsAboutLoan',
] as const satisfies readonly (keyof RepaymentBehaviour)[];

type Missing = Exclude<keyof RepaymentBehaviour, (typeof REPAYMENT_BEHAVIOUR_KEYS)[number]>;
export const EVERY_BEHAVIOUR_KEY_LISTED: Missing extends never ? true : never = true;

export interface RiskAssessment {
  severity: RiskSeverity;
  /** Reason codes, e.g. `MISSED_PAYMENTS_2`, `DPD_RISING`. */
  reasons: string[];
}

/**
 * Points per signal; 0 none, 1 low, 2–3 medium, 4+ high. Deliberately simple and explainable: every
 * point has a reason code the collections officer can read back to the customer.
 */
export function assessRepaymentRisk(behaviour: RepaymentBehaviour): RiskAssessment {
  const reasons: string[] = [];
  let points = 0;
  if (behaviour.missedInstallments > 0) {
    reasons.push(
      `MISSED_PAYMENTS_${Math.min(behaviour.missedInstallments, 3)}${behaviour.missedInstallments > 3 ? '_PLUS' : ''}`,
    );
    points += Math.min(behaviour.missedInstallments, 3);
  }
  if (behaviour.partiallyPaidInstallments > 0) {
    reasons.push('PARTIAL_PAYMENT');
    points += 1;
  }
  if (behaviour.daysPastDue > behaviour.previousDaysPastDue && behaviour.daysPastDue > 0) {
    reasons.push('DPD_RISING');
    points += 1;
  }
  if (behaviour.daysPastDue > 60) {
    reasons.push('DPD_OVER_60');
    points += 2;
  } else if (behaviour.daysPastDue > 30) {
    reasons.push('DPD_OVER_30');
    points += 1;
  }
  if (behaviour.hasRecentHardshipRequest) {
    reasons.push('HARDSHIP_ENQUIRY');
    points += 1;
  }
  if (behaviour.openComplaintsAboutLoan > 0) {
    reasons.push('OPEN_COMPLAINT');
    points += 1;
  }
  const severity: RiskSeverity =
    points === 0 ? 'none' : points === 1 ? 'low' : points <= 3 ? 'medium' : 'high';
  return { severity, reasons };
}

export function isHigherSeverity(next: RiskSeverity, previous: RiskSeverity): boolean {
  return RISK_SEVERITIES.indexOf(next) > RISK_SEVERITIES.indexOf(previous);
}
