import { Decimal, addDays, daysBetween, type LocalDate } from '@crm/kernel';
import { outstandingOf, type Installment } from './schedule/installment';

/** A delinquency range (Fineract's delinquency bucket): `1-30`, `31-60`, `91+`. */
export interface DelinquencyRange {
  name: string;
  minimumDays: number;
  maximumDays: number;
}

/** Parses `1-30,31-60,61-90,91+`: ascending, non-overlapping ranges of days past due. */
export function parseDelinquencyRanges(value: string): DelinquencyRange[] {
  const ranges = value.split(',').map((part) => {
    const name = part.trim();
    const bounded = /^(\d+)-(\d+)$/.exec(name);
    const open = /^(\d+)\+$/.exec(name);
    if (bounded) return { name, minimumDays: Number(bounded[1]), maximumDays: Number(bounded[2]) };
    if (open) return { name, minimumDays: Number(open[1]), maximumDays: Number.POSITIVE_INFINITY };
    throw new RangeError(`"${name}" is not a range like 1-30 or 91+`);
  });
  ranges.forEach((range, i) => {
    const previous = ranges[i - 1];
    if (
      range.minimumDays < 1 ||
      range.maximumDays < range.minimumDays ||
      (previous && range.minimumDays <= previous.maximumDays)
    )
      throw new RangeError('delinquency ranges must ascend from 1 day without overlapping');
  });
  return ranges;
}

export function bucketFor(daysPastDue: number, ranges: readonly DelinquencyRange[]): string | null {
  return ranges.find((r) => daysPastDue >= r.minimumDays && daysPastDue <= r.maximumDays)?.name ?? null;
}

/** A hardship arrangement's dates: delinquency does not age while one is active. */
export interface PausePeriod {
  startsOn: LocalDate;
  /** The last day of the pause; null while it lasts. */
  endsOn: LocalDate | null;
}

/** Days in (`from`, `to`] that fall inside a pause. */
function pausedDays(from: LocalDate, to: LocalDate, pauses: readonly PausePeriod[]): number {
  let days = 0;
  for (const pause of pauses) {
    const start = pause.startsOn > addDays(from, 1) ? pause.startsOn : addDays(from, 1);
    const end = pause.endsOn === null || pause.endsOn > to ? to : pause.endsOn;
    if (end >= start) days += daysBetween(start, end) + 1;
  }
  return days;
}

/** Days an installment has been overdue on a business date, less the days ageing was paused. */
export function installmentDaysPastDue(
  installment: Installment,
  businessDate: LocalDate,
  pauses: readonly PausePeriod[],
): number {
  if (installment.dueDate >= businessDate) return 0;
  return Math.max(
    0,
    daysBetween(installment.dueDate, businessDate) - pausedDays(installment.dueDate, businessDate, pauses),
  );
}

export interface Arrears {
  /** What is past due and unpaid. */
  amountOverdue: Decimal;
  /** Days since the oldest unpaid due date, 0 when the overdue amount is within the tolerance. */
  daysPastDue: number;
  overdueInstallments: Installment[];
}

/**
 * Arrears on a business date. A shortfall up to the arrears tolerance (Fineract's `inArrearsTolerance`)
 * is not arrears: a few cents short must not make a customer delinquent.
 */
export function arrearsOn(
  installments: readonly Installment[],
  businessDate: LocalDate,
  tolerance: Decimal,
  pauses: readonly PausePeriod[] = [],
): Arrears {
  const overdueInstallments = installments.filter((i) => i.dueDate < businessDate && outstandingOf(i).gt(0));
  const amountOverdue = overdueInstallments.reduce((sum, i) => sum.plus(outstandingOf(i)), new Decimal(0));
  const oldest = overdueInstallments[0];
  const daysPastDue =
    oldest && amountOverdue.gt(tolerance) ? installmentDaysPastDue(oldest, businessDate, pauses) : 0;
  return {
    amountOverdue,
    daysPastDue,
    overdueInstallments: amountOverdue.gt(tolerance) ? overdueInstallments : [],
  };
}
