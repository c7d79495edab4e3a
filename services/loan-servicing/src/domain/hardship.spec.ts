import { Decimal } from '@crm/kernel';
import { DEFAULT_HARDSHIP_RULES, assessAffordability, eligibleOptions, parseHardshipRules } from './hardship';

describe('hardship eligibility as configuration', () => {
  const unaffordable = assessAffordability(
    new Decimal('1800.00'),
    new Decimal('1500.00'),
    new Decimal('888.49'),
  );
  const affordable = assessAffordability(
    new Decimal('4000.00'),
    new Decimal('1500.00'),
    new Decimal('888.49'),
  );

  it('checks affordability from declared income less expenses', () => {
    expect([unaffordable.disposableIncome.toFixed(2), unaffordable.isCurrentInstallmentAffordable]).toEqual([
      '300.00',
      false,
    ]);
    expect(affordable.isCurrentInstallmentAffordable).toBe(true);
  });

  it('offers re-ageing only in arrears, and a longer term only when the installment is unaffordable', () => {
    const options = (dpd: number, a = unaffordable) =>
      eligibleOptions(DEFAULT_HARDSHIP_RULES, dpd, a).map((o) => o.option);
    expect(options(0)).toEqual([
      'PAYMENT_HOLIDAY',
      'INTEREST_PAUSE',
      'GRACE_ON_PRINCIPAL',
      'EXTEND_REPAYMENT_PERIOD',
    ]);
    expect(options(10, affordable)).toEqual([
      'PAYMENT_HOLIDAY',
      'INTEREST_PAUSE',
      'GRACE_ON_PRINCIPAL',
      'RE_AGE',
    ]);
    expect(options(120)).toEqual(['INTEREST_PAUSE', 'EXTEND_REPAYMENT_PERIOD', 'RE_AGE']);
  });

  it('takes per-option overrides and refuses unknown options or malformed rules', () => {
    const rules = parseHardshipRules('{"PAYMENT_HOLIDAY":{"maxInstallments":6},"RE_AGE":{"enabled":false}}');
    expect(rules.PAYMENT_HOLIDAY.maxInstallments).toBe(6);
    expect(eligibleOptions(rules, 10, unaffordable).map((o) => o.option)).not.toContain('RE_AGE');
    expect(() => parseHardshipRules('{"DEBT_FORGIVENESS":{}}')).toThrow(RangeError);
    expect(() => parseHardshipRules('{"RE_AGE":{"maxInstallments":-1}}')).toThrow(RangeError);
    expect(() => parseHardshipRules('[]')).toThrow(RangeError);
  });
});
