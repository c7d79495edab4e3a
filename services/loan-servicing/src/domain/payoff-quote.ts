import { Decimal, addDays, daysBetween, type LocalDate } from '@crm/kernel';
import type { CurrencyRounding } from './loan-terms';
import type { Installment } from './schedule/installment';

export interface PayoffQuote {
  asOf: LocalDate;
  principal: Decimal;
  interest: Decimal;
  fees: Decimal;
  penalties: Decimal;
  credit: Decimal;
  total: Decimal;
  /** Interest added for each day after `asOf`, for a payment that arrives later. */
  perDiemInterest: Decimal;
  validUntil: LocalDate;
}

/**
 * What repays the loan in full on `asOf`: all unpaid principal, the interest of installments due by
 * then plus the current period's interest accrued day by day to `asOf` (no interest of later periods),
 * and unpaid fees and penalties due by then; less any credit.
 */
export function payoffQuote(
  installments: readonly Installment[],
  asOf: LocalDate,
  credit: Decimal,
  rounding: CurrencyRounding,
  validDays: number,
): PayoffQuote {
  const zero = new Decimal(0);
  let principal = zero;
  let interest = zero;
  let fees = zero;
  let penalties = zero;
  let perDiemInterest = zero;
  for (const i of installments) {
    principal = principal.plus(i.principal.minus(i.paid.principal));
    if (i.dueDate <= asOf || i.periodEnd <= asOf) {
      interest = interest.plus(i.interest.minus(i.paid.interest));
      fees = fees.plus(i.fees.minus(i.paid.fees));
      penalties = penalties.plus(i.penalties.minus(i.paid.penalties));
    } else if (i.periodStart < asOf) {
      const periodDays = daysBetween(i.periodStart, i.periodEnd);
      const daily = i.interest.div(periodDays);
      const accrued = rounding.round(daily.times(daysBetween(i.periodStart, asOf)));
      interest = interest.plus(Decimal.max(zero, accrued.minus(i.paid.interest)));
      perDiemInterest = rounding.round(daily);
    }
  }
  const total = Decimal.max(zero, principal.plus(interest).plus(fees).plus(penalties).minus(credit));
  return {
    asOf,
    principal,
    interest,
    fees,
    penalties,
    credit,
    total,
    perDiemInterest,
    validUntil: addDays(asOf, validDays),
  };
}
