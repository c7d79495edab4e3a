import { Decimal } from '@crm/kernel';
import { arrearsOn, bucketFor, parseDelinquencyRanges } from './delinquency';
import { zeroPortions, type Installment } from './schedule/installment';

const due = (number: number, dueDate: string, amount: string): Installment => ({
  number,
  periodStart: '2026-01-01',
  periodEnd: dueDate,
  dueDate,
  principal: new Decimal(amount),
  interest: new Decimal(0),
  fees: new Decimal(0),
  penalties: new Decimal(0),
  principalBalanceAfter: new Decimal(0),
  paid: zeroPortions(),
});

describe('arrears and delinquency buckets', () => {
  const ranges = parseDelinquencyRanges('1-30,31-60,61-90,91+');
  const schedule = [due(1, '2026-02-01', '100'), due(2, '2026-03-01', '100')];

  it('counts days from the oldest unpaid due date and puts them in a bucket', () => {
    expect(arrearsOn(schedule, '2026-02-01', new Decimal(0)).daysPastDue).toBe(0);
    expect(arrearsOn(schedule, '2026-02-02', new Decimal(0)).daysPastDue).toBe(1);
    const later = arrearsOn(schedule, '2026-03-05', new Decimal(0));
    expect([later.daysPastDue, later.amountOverdue.toFixed(2)]).toEqual([32, '200.00']);
    expect([
      bucketFor(0, ranges),
      bucketFor(1, ranges),
      bucketFor(31, ranges),
      bucketFor(400, ranges),
    ]).toEqual([null, '1-30', '31-60', '91+']);
  });

  it('a shortfall within the arrears tolerance is not arrears', () => {
    const nearlyPaid = [
      { ...due(1, '2026-02-01', '100'), paid: { ...zeroPortions(), principal: new Decimal('99.50') } },
    ];
    expect(arrearsOn(nearlyPaid, '2026-02-20', new Decimal('1.00')).daysPastDue).toBe(0);
    expect(arrearsOn(nearlyPaid, '2026-02-20', new Decimal('0.10')).daysPastDue).toBe(19);
  });

  it('does not age while a hardship arrangement pauses it', () => {
    const paused = [{ startsOn: '2026-02-10', endsOn: '2026-02-19' }];
    expect(arrearsOn(schedule, '2026-02-20', new Decimal(0), paused).daysPastDue).toBe(9);
    expect(
      arrearsOn(schedule, '2026-02-25', new Decimal(0), [{ startsOn: '2026-02-10', endsOn: null }])
        .daysPastDue,
    ).toBe(8);
  });

  it('refuses overlapping or malformed ranges', () => {
    expect(() => parseDelinquencyRanges('1-30,30-60')).toThrow(RangeError);
    expect(() => parseDelinquencyRanges('soon')).toThrow(RangeError);
  });
});
