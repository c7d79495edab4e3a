import fc from 'fast-check';
import { Decimal, addDays } from '@crm/kernel';
import {
  DEFAULT_ALLOCATION_ORDER,
  allocateRepayments,
  parseAllocationOrder,
  statusAfterAllocation,
} from './repayment-allocation';
import { sumPortions, zeroPortions, type Installment } from './schedule/installment';

const d = (v: string) => new Decimal(v);

function installment(
  number: number,
  dueDate: string,
  principal: string,
  interest: string,
  fees = '0',
  penalties = '0',
): Installment {
  return {
    number,
    periodStart: '2026-01-01',
    periodEnd: dueDate,
    dueDate,
    principal: d(principal),
    interest: d(interest),
    fees: d(fees),
    penalties: d(penalties),
    principalBalanceAfter: d('0'),
    paid: zeroPortions(),
  };
}

const schedule = [
  installment(1, '2026-02-01', '100', '10', '2', '5'),
  installment(2, '2026-03-01', '100', '8', '2'),
  installment(3, '2026-04-01', '100', '6', '2'),
];
const text = (p: { principal: Decimal; interest: Decimal; fees: Decimal; penalties: Decimal }) =>
  [p.penalties, p.fees, p.interest, p.principal].map((v) => v.toFixed(2)).join('/');

describe('repayment allocation (Fineract PaymentAllocationType order)', () => {
  it('settles past-due penalties, fees, interest and principal, then what is due, then in advance', () => {
    // On 10 March: installment 1 is past due, 2 is not (due 1 March is past too), 3 is the one due.
    const result = allocateRepayments(schedule, [{ id: 'r1', amount: d('250'), paidOn: '2026-03-10' }]);
    const [allocation] = result.allocations;
    // Past due 1: 5 + 2 + 10 + 100 = 117; past due 2: 2 + 8 + 100 = 110; left 23 for the due one (3): fee 2, interest 6, principal 15.
    expect(allocation.lines.map((l) => [l.installmentNumber, text(l)])).toEqual([
      [1, '5.00/2.00/10.00/100.00'],
      [2, '0.00/2.00/8.00/100.00'],
      [3, '0.00/2.00/6.00/15.00'],
    ]);
    expect(allocation.credit.isZero()).toBe(true);
  });

  it('keeps an overpayment as credit and reports OVERPAID; an exact payment closes the loan', () => {
    const all = allocateRepayments(schedule, [{ id: 'r1', amount: d('335'), paidOn: '2026-01-15' }]);
    expect(statusAfterAllocation(all.installments, all.credit)).toBe('CLOSED_OBLIGATIONS_MET');
    const over = allocateRepayments(schedule, [{ id: 'r1', amount: d('338'), paidOn: '2026-01-15' }]);
    expect(over.credit.toFixed(2)).toBe('3.00');
    expect(statusAfterAllocation(over.installments, over.credit)).toBe('OVERPAID');
  });

  it('follows a configured order: principal before interest', () => {
    const order = parseAllocationOrder(
      [...DEFAULT_ALLOCATION_ORDER]
        .map((t) => t.replace('INTEREST', 'X').replace('PRINCIPAL', 'INTEREST').replace('X', 'PRINCIPAL'))
        .join(','),
    );
    const result = allocateRepayments(
      schedule,
      [{ id: 'r1', amount: d('107'), paidOn: '2026-02-20' }],
      order,
    );
    expect(text(result.allocations[0].totals)).toBe('5.00/2.00/0.00/100.00');
  });

  it('refuses an order that leaves out a type', () => {
    expect(() => parseAllocationOrder('PAST_DUE_PENALTY,DUE_PRINCIPAL')).toThrow(RangeError);
  });

  it('replays from scratch without a reversed payment', () => {
    const both = allocateRepayments(schedule, [
      { id: 'a', amount: d('50'), paidOn: '2026-01-20' },
      { id: 'b', amount: d('50'), paidOn: '2026-01-25' },
    ]);
    const withoutA = allocateRepayments(schedule, [{ id: 'b', amount: d('50'), paidOn: '2026-01-25' }]);
    expect(text(both.installments[0].paid)).toBe('5.00/2.00/10.00/83.00');
    expect(text(withoutA.installments[0].paid)).toBe('5.00/2.00/10.00/33.00');
  });
});

describe('repayment allocation properties', () => {
  const amounts = fc.array(
    fc.record({ cents: fc.integer({ min: 1, max: 40_000 }), day: fc.integer({ min: 0, max: 120 }) }),
    { minLength: 1, maxLength: 8 },
  );
  const payments = (list: { cents: number; day: number }[]) =>
    list.map((p, i) => ({
      id: `r${i}`,
      amount: new Decimal(p.cents).div(100),
      paidOn: addDays('2026-01-15', p.day),
    }));

  it('allocates every cent once: portions plus credit equal the payment, and nothing is paid beyond what is due', () => {
    fc.assert(
      fc.property(amounts, (list) => {
        const result = allocateRepayments(schedule, payments(list));
        // One allocation per payment (there is at least one), and every installment checked below.
        expect(result.allocations.map((a) => a.repaymentId).sort()).toEqual(
          payments(list)
            .map((p) => p.id)
            .sort(),
        );
        expect(result.installments).toHaveLength(schedule.length);
        for (const a of result.allocations) {
          const total = a.totals.principal
            .plus(a.totals.interest)
            .plus(a.totals.fees)
            .plus(a.totals.penalties)
            .plus(a.credit);
          expect(total.eq(payments(list).find((p) => p.id === a.repaymentId)?.amount ?? -1)).toBe(true);
        }
        for (const i of result.installments) {
          for (const portion of ['principal', 'interest', 'fees', 'penalties'] as const) {
            expect(i.paid[portion].lte(i[portion]) && !i.paid[portion].isNeg()).toBe(true);
          }
        }
      }),
    );
  });

  it('after a reversal, what is paid plus credit equals the payments left, whatever order they were recorded in', () => {
    fc.assert(
      fc.property(amounts, fc.nat(), (list, pick) => {
        const all = payments(list);
        const rest = all.filter((_, i) => i !== pick % all.length);
        const replayed = allocateRepayments(schedule, [...rest].reverse());
        const paid = replayed.installments.reduce((sum, i) => sum.plus(sumPortions(i.paid)), replayed.credit);
        expect(paid.eq(rest.reduce((sum, p) => sum.plus(p.amount), new Decimal(0)))).toBe(true);
        const inOrder = allocateRepayments(schedule, rest);
        expect(replayed.installments.map((i) => text(i.paid))).toEqual(
          inOrder.installments.map((i) => text(i.paid)),
        );
      }),
    );
  });
});
