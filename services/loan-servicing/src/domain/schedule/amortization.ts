import { Decimal, type LocalDate } from '@crm/kernel';
import type { AmortizationMethod, CurrencyRounding, InterestMethod } from '../loan-terms';
import { zeroPortions, type Installment } from './installment';

/**
 * How a period of a schedule behaves. `REGULAR` amortizes; the others are the hardship treatments:
 * `HOLIDAY` (nothing due; interest accrues and is paid after it), `INTEREST_FREE` (amortizes at a zero
 * rate: Fineract's INTEREST_PAUSE), `INTEREST_ONLY` (Fineract's GRACE_ON_PRINCIPAL).
 */
export type PeriodKind = 'REGULAR' | 'HOLIDAY' | 'INTEREST_FREE' | 'INTEREST_ONLY';

export interface SchedulePeriod {
  number: number;
  start: LocalDate;
  end: LocalDate;
  dueDate: LocalDate;
  /** The period's interest rate (annual rate × year fraction), unrounded. */
  rate: Decimal;
  kind: PeriodKind;
}

export interface AmortizationInput {
  balance: Decimal;
  periods: SchedulePeriod[];
  amortizationMethod: AmortizationMethod;
  interestMethod: InterestMethod;
  rounding: CurrencyRounding;
  fee: Decimal;
  /** Amounts spread equally over the amortizing installments (re-aged arrears of interest and fees). */
  spreadInterest?: Decimal;
  spreadFees?: Decimal;
}

const ZERO = new Decimal(0);

/** `value` bounded to [0, max]; comparisons rather than Decimal.max/min, which is the hot path. */
function clamp(value: Decimal, max: Decimal): Decimal {
  if (value.isNeg()) return ZERO;
  return value.gt(max) ? max : value;
}

/** a + b, without allocating when b is zero (the usual case: nothing spread). */
function plus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.plus(b);
}

/** `total` in `n` rounded equal parts, the last absorbing the rounding, none negative. */
function equalParts(total: Decimal, n: number, rounding: CurrencyRounding): Decimal[] {
  if (total.isZero()) return new Array<Decimal>(n).fill(ZERO);
  const each = rounding.round(total.div(n));
  const result: Decimal[] = [];
  let left = total;
  for (let k = 0; k < n; k++) {
    const part = k === n - 1 ? left : clamp(each, left);
    result.push(part);
    left = left.minus(part);
  }
  return result;
}

/**
 * Splits a balance over periods into installments. Every amount is rounded to the currency's minor
 * unit; the last installment takes the whole remaining balance, so principal sums exactly to the
 * balance however the rounding fell.
 */
export function amortize(input: AmortizationInput): Installment[] {
  const { periods, rounding } = input;
  let balance = input.balance;
  const lines: Installment[] = [];
  const line = (period: SchedulePeriod, principal: Decimal, interest: Decimal, fees: Decimal): void => {
    balance = balance.minus(principal);
    lines.push({
      number: period.number,
      periodStart: period.start,
      periodEnd: period.end,
      dueDate: period.dueDate,
      principal,
      interest,
      fees,
      penalties: ZERO,
      principalBalanceAfter: balance,
      paid: zeroPortions(),
    });
  };

  let deferredInterest = ZERO;
  let first = 0;
  for (; first < periods.length; first++) {
    const period = periods[first];
    if (period.kind === 'HOLIDAY') {
      // Interest accrues through the holiday and is paid with the installments after it, without being
      // capitalised (no interest on interest), so principal still sums exactly to the loan.
      deferredInterest = deferredInterest.plus(rounding.round(balance.times(period.rate)));
      line(period, ZERO, ZERO, ZERO);
    } else if (period.kind === 'INTEREST_ONLY') {
      line(period, ZERO, rounding.round(balance.times(period.rate)), input.fee);
    } else break;
  }
  const amortizing = periods.slice(first);
  const n = amortizing.length;
  if (n === 0) throw new RangeError('a schedule needs at least one amortizing installment');
  const rates = amortizing.map((p) => (p.kind === 'INTEREST_FREE' ? ZERO : p.rate));
  const base = balance;
  const spreadInterest = equalParts((input.spreadInterest ?? ZERO).plus(deferredInterest), n, rounding);
  const spreadFees = equalParts(input.spreadFees ?? ZERO, n, rounding);

  let interests: Decimal[] | undefined;
  if (input.interestMethod === 'FLAT') {
    const flat = rates.map((rate) => base.times(rate));
    interests =
      input.amortizationMethod === 'EQUAL_INSTALLMENTS'
        ? equalParts(rounding.round(flat.reduce((a, b) => a.plus(b), ZERO)), n, rounding)
        : flat.map((amount) => rounding.round(amount));
  }
  // The annuity for per-period rates: balance = EMI × Σₖ Πⱼ≤ₖ 1/(1+rⱼ); with equal rates it is the
  // textbook B·r / (1 − (1+r)⁻ⁿ).
  let installmentAmount = ZERO;
  if (input.amortizationMethod === 'EQUAL_INSTALLMENTS' && input.interestMethod === 'DECLINING_BALANCE') {
    // 1/(1+r) once per distinct rate: periods of the same length share one Decimal (see periodsFrom).
    const inverses = new Map<Decimal, Decimal>();
    let discount = new Decimal(1);
    let annuityFactor = ZERO;
    for (const rate of rates) {
      let inverse = inverses.get(rate);
      if (!inverse) {
        inverse = new Decimal(1).div(rate.plus(1));
        inverses.set(rate, inverse);
      }
      discount = discount.times(inverse);
      annuityFactor = annuityFactor.plus(discount);
    }
    installmentAmount = rounding.round(base.div(annuityFactor));
  }
  const equalPrincipal = rounding.round(base.div(n));

  amortizing.forEach((period, k) => {
    const isLast = k === n - 1;
    const interest = interests ? interests[k] : rounding.round(balance.times(rates[k]));
    let principal: Decimal;
    if (isLast) principal = balance;
    else if (
      input.amortizationMethod === 'EQUAL_INSTALLMENTS' &&
      input.interestMethod === 'DECLINING_BALANCE'
    )
      principal = clamp(installmentAmount.minus(interest), balance);
    else principal = clamp(equalPrincipal, balance);
    line(period, principal, plus(interest, spreadInterest[k]), plus(input.fee, spreadFees[k]));
  });
  return lines;
}
