import {
  REPAYMENT_BEHAVIOUR_KEYS,
  assessRepaymentRisk,
  isHigherSeverity,
  type RepaymentBehaviour,
} from './early-warning';

const calm: RepaymentBehaviour = {
  missedInstallments: 0,
  partiallyPaidInstallments: 0,
  daysPastDue: 0,
  previousDaysPastDue: 0,
  hasRecentHardshipRequest: false,
  openComplaintsAboutLoan: 0,
};

describe('early warning', () => {
  it('is a reviewed list of repayment-behaviour signals only', () => {
    expect([...REPAYMENT_BEHAVIOUR_KEYS].sort()).toEqual([
      'daysPastDue',
      'hasRecentHardshipRequest',
      'missedInstallments',
      'openComplaintsAboutLoan',
      'partiallyPaidInstallments',
      'previousDaysPastDue',
    ]);
  });

  it('rises with missed and partial payments, a rising DPD, a hardship enquiry and an open complaint', () => {
    expect(assessRepaymentRisk(calm)).toEqual({ severity: 'none', reasons: [] });
    expect(assessRepaymentRisk({ ...calm, hasRecentHardshipRequest: true })).toEqual({
      severity: 'low',
      reasons: ['HARDSHIP_ENQUIRY'],
    });
    expect(
      assessRepaymentRisk({ ...calm, missedInstallments: 1, daysPastDue: 5, previousDaysPastDue: 4 }),
    ).toEqual({
      severity: 'medium',
      reasons: ['MISSED_PAYMENTS_1', 'DPD_RISING'],
    });
    expect(
      assessRepaymentRisk({
        ...calm,
        missedInstallments: 3,
        partiallyPaidInstallments: 1,
        daysPastDue: 65,
        previousDaysPastDue: 64,
        openComplaintsAboutLoan: 1,
      }).severity,
    ).toBe('high');
    expect(isHigherSeverity('medium', 'low')).toBe(true);
    expect(isHigherSeverity('low', 'low')).toBe(false);
  });
});
