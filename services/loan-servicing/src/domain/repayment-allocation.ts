import { Decimal, type LocalDate } from '@crm/kernel';
import type { LoanStatus } from '@crm/contracts';
import {
  isFullyPaid,
  zeroPortions,
  type Installment,
  type PortionKind,
  type Portions,
} from './schedule/installment';

/** Fineract's `PaymentAllocationType`: which part of which installment a payment settles first. */
export const PAYMENT_ALLOCATION_TYPES = [
  'PAST_DUE_PENALTY',
  'PAST_DUE_FEE',
  'PAST_DUE_INTEREST',
  'PAST_DUE_PRINCIPAL',
  'DUE_PENALTY',
  'DUE_FEE',
  'DUE_INTEREST',
  'DUE_PRINCIPAL',
  'IN_ADVANCE_PENALTY',
  'IN_ADVANCE_FEE',
  'IN_ADVANCE_INTEREST',
  'IN_ADVANCE_PRINCIPAL',
] as const;
export type PaymentAllocationType = (typeof PAYMENT_ALLOCATION_TYPES)[number];

/** The default order: past-due penalties, fees, interest, principal; then what is due; then in advance. */
export const DEFAULT_ALLOCATION_ORDER: readonly PaymentAllocationType[] = PAYMENT_ALLOCATION_TYPES;

const PORTION_OF: Record<string, PortionKind> = {
  PENALTY: 'penalties',
  FEE: 'fees',
  INTEREST: 'interest',
  PRINCIPAL: 'principal',
};

/** A complete order names every type exactly once, so that no payment can be left unallocated by mistake. */
export function parseAllocationOrder(value: string): PaymentAllocationType[] {
  const order = value.split(',').map((v) => v.trim());
  const known = new Set<string>(PAYMENT_ALLOCATION_TYPES);
  if (order.length !== known.size || new Set(order).size !== known.size || !order.every((v) => known.has(v)))
    throw new RangeError(`an allocation order lists each of ${PAYMENT_ALLOCATION_TYPES.join(', ')} once`);
  return order as PaymentAllocationType[];
}

export interface RepaymentToAllocate {
  id: string;
  amount: Decimal;
  /** The local date it was paid on: decides what is past due, due or in advance. */
  paidOn: LocalDate;
}

export interface AllocationLine extends Portions {
  installmentNumber: number;
}

export interface RepaymentAllocation {
  repaymentId: string;
  totals: Portions;
  /** Overpayment kept as a credit on the loan. */
  credit: Decimal;
  lines: AllocationLine[];
}

export interface AllocationResult {
  installments: Installment[];
  allocations: RepaymentAllocation[];
  credit: Decimal;
}

function timingOf(installment: Installment, paidOn: LocalDate, currentNumber: number | undefined) {
  if (installment.dueDate < paidOn) return 'PAST_DUE';
  return installment.number === currentNumber ? 'DUE' : 'IN_ADVANCE';
}

/**
 * Allocates repayments, oldest first, from a clean schedule: each settles portions in the configured
 * order, the oldest installment first within each type. Replaying from scratch is what makes a
 * reversal exact: the reversed payment is simply left out.
 */
export function allocateRepayments(
  schedule: readonly Installment[],
  repayments: readonly RepaymentToAllocate[],
  order: readonly PaymentAllocationType[] = DEFAULT_ALLOCATION_ORDER,
): AllocationResult {
  const installments = schedule.map((i) => ({ ...i, paid: zeroPortions() }));
  const sorted = [...repayments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  let credit = new Decimal(0);
  const allocations = sorted.map((repayment): RepaymentAllocation => {
    let left = repayment.amount;
    const totals = zeroPortions();
    const lines = new Map<number, AllocationLine>();
    // The installment currently due: the first one not yet past due on the payment date.
    const current = installments.find((i) => i.dueDate >= repayment.paidOn)?.number;
    for (const type of order) {
      const [timing, portionName] = type.startsWith('IN_ADVANCE_')
        ? ['IN_ADVANCE', type.slice('IN_ADVANCE_'.length)]
        : type.startsWith('PAST_DUE_')
          ? ['PAST_DUE', type.slice('PAST_DUE_'.length)]
          : ['DUE', type.slice('DUE_'.length)];
      const portion = PORTION_OF[portionName];
      for (const installment of installments) {
        if (left.lte(0)) break;
        if (timingOf(installment, repayment.paidOn, current) !== timing) continue;
        const owed = installment[portion].minus(installment.paid[portion]);
        if (owed.lte(0)) continue;
        const take = Decimal.min(owed, left);
        installment.paid[portion] = installment.paid[portion].plus(take);
        totals[portion] = totals[portion].plus(take);
        const line = lines.get(installment.number) ?? {
          installmentNumber: installment.number,
          ...zeroPortions(),
        };
        line[portion] = line[portion].plus(take);
        lines.set(installment.number, line);
        left = left.minus(take);
      }
    }
    credit = credit.plus(left);
    return {
      repaymentId: repayment.id,
      totals,
      credit: left,
      lines: [...lines.values()].sort((a, b) => a.installmentNumber - b.installmentNumber),
    };
  });
  return { installments, allocations, credit };
}

/** Fineract's status once everything is allocated: closed when all is paid, OVERPAID with a credit left. */
export function statusAfterAllocation(installments: readonly Installment[], credit: Decimal): LoanStatus {
  if (!installments.every(isFullyPaid)) return 'ACTIVE';
  return credit.gt(0) ? 'OVERPAID' : 'CLOSED_OBLIGATIONS_MET';
}
