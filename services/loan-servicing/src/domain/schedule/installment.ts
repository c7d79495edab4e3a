import { Decimal, type LocalDate } from '@crm/kernel';

/** The four portions of a loan obligation, in Fineract's words. */
export interface Portions {
  principal: Decimal;
  interest: Decimal;
  fees: Decimal;
  penalties: Decimal;
}

export const PORTION_KINDS = ['penalties', 'fees', 'interest', 'principal'] as const;
export type PortionKind = (typeof PORTION_KINDS)[number];

export function zeroPortions(): Portions {
  return {
    principal: new Decimal(0),
    interest: new Decimal(0),
    fees: new Decimal(0),
    penalties: new Decimal(0),
  };
}

export function sumPortions(p: Portions): Decimal {
  return p.principal.plus(p.interest).plus(p.fees).plus(p.penalties);
}

/** One installment of a repayment schedule: what is due, and what has been paid of it. */
export interface Installment extends Portions {
  number: number;
  /** Interest runs from `periodStart` to `periodEnd` (the nominal due date, before any holiday move). */
  periodStart: LocalDate;
  periodEnd: LocalDate;
  /** The date the customer pays: the nominal date moved off a non-working day by the loan's rule. */
  dueDate: LocalDate;
  principalBalanceAfter: Decimal;
  paid: Portions;
}

export function totalDue(installment: Installment): Decimal {
  return sumPortions(installment);
}

export function outstandingOf(installment: Installment): Decimal {
  return sumPortions(installment).minus(sumPortions(installment.paid));
}

export function isFullyPaid(installment: Installment): boolean {
  return outstandingOf(installment).lte(0);
}
