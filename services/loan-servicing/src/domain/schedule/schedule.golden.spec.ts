import { BusinessCalendar, Decimal } from '@crm/kernel';
import { EVERY_DAY, type LoanTerms } from '../loan-terms';
import { generateSchedule } from './schedule';

function terms(overrides: Partial<LoanTerms>): LoanTerms {
  return {
    principal: new Decimal('10000.00'),
    currency: 'EUR',
    annualInterestRate: new Decimal('12'),
    numberOfRepayments: 12,
    repaymentFrequency: 'MONTHLY',
    amortizationMethod: 'EQUAL_INSTALLMENTS',
    interestMethod: 'DECLINING_BALANCE',
    daysInYearType: 'DAYS_360',
    daysInMonthType: 'DAYS_30',
    disbursementDate: '2026-01-15',
    firstRepaymentDate: '2026-02-15',
    nonWorkingDayRule: 'SAME_DAY',
    roundingMode: 'HALF_EVEN',
    installmentFee: new Decimal(0),
    ...overrides,
  };
}

/** [dueDate, principal, interest, total, balance after] as decimal strings. */
function table(schedule: ReturnType<typeof generateSchedule>, digits = 2) {
  return schedule.map((i) => [
    i.dueDate,
    i.principal.toFixed(digits),
    i.interest.toFixed(digits),
    i.principal.plus(i.interest).plus(i.fees).toFixed(digits),
    i.principalBalanceAfter.toFixed(digits),
  ]);
}

describe('golden schedules (figures computed by hand, not by this code)', () => {
  it('annuity, declining balance, 30/360: 10,000.00 at 12 % over 12 months is 888.49 a month', () => {
    // r = 12 % / 12 = 0.01 a month (30/360: every month is 30/360 of a year).
    // EMI = 10000 × 0.01 / (1 − 1.01^−12) = 100 / 0.112550775... = 888.48788678... → 888.49.
    // Each month: interest = round(balance × 0.01), principal = 888.49 − interest.
    //   1: 10000.00 × 0.01 = 100.00; 888.49 − 100.00 = 788.49; 10000.00 − 788.49 = 9211.51
    //   2:  9211.51 × 0.01 =  92.1151 → 92.12; 796.37; 8415.14
    //   3:  8415.14 × 0.01 =  84.1514 → 84.15; 804.34; 7610.80 … and so on to
    //  11:  1750.65 × 0.01 =  17.5065 → 17.51 (half-even); 870.98; 879.67
    //  12: the last takes the balance 879.67, interest 8.7967 → 8.80, total 888.47.
    expect(table(generateSchedule(terms({}), EVERY_DAY))).toEqual([
      ['2026-02-15', '788.49', '100.00', '888.49', '9211.51'],
      ['2026-03-15', '796.37', '92.12', '888.49', '8415.14'],
      ['2026-04-15', '804.34', '84.15', '888.49', '7610.80'],
      ['2026-05-15', '812.38', '76.11', '888.49', '6798.42'],
      ['2026-06-15', '820.51', '67.98', '888.49', '5977.91'],
      ['2026-07-15', '828.71', '59.78', '888.49', '5149.20'],
      ['2026-08-15', '837.00', '51.49', '888.49', '4312.20'],
      ['2026-09-15', '845.37', '43.12', '888.49', '3466.83'],
      ['2026-10-15', '853.82', '34.67', '888.49', '2613.01'],
      ['2026-11-15', '862.36', '26.13', '888.49', '1750.65'],
      ['2026-12-15', '870.98', '17.51', '888.49', '879.67'],
      ['2027-01-15', '879.67', '8.80', '888.47', '0.00'],
    ]);
  });

  it('annuity in a currency without minor units: 1,000,000 JPY at 3 % over 12 months is 84,694 a month', () => {
    // r = 0.03 / 12 = 0.0025; EMI = 1000000 × 0.0025 / (1 − 1.0025^−12) = 84693.698... → 84694 (0 decimals).
    // First month: interest 1000000 × 0.0025 = 2500; principal 84694 − 2500 = 82194.
    const schedule = generateSchedule(
      terms({ principal: new Decimal('1000000'), currency: 'JPY', annualInterestRate: new Decimal('3') }),
      EVERY_DAY,
    );
    expect(table(schedule, 0)[0]).toEqual(['2026-02-15', '82194', '2500', '84694', '917806']);
    expect(schedule).toHaveLength(12);
    expect(schedule.slice(0, 11).map((i) => i.principal.plus(i.interest).toFixed(0))).toEqual(
      Array<string>(11).fill('84694'),
    );
  });

  it('equal principal, declining balance, actual/365: interest on the actual days of each month', () => {
    // 1,200.00 at 10 %, 3 months from 10 Jan 2026: periods of 31, 28 and 31 days; principal 400.00 each.
    //   1: 1200.00 × 0.10 × 31/365 = 10.19178… → 10.19
    //   2:  800.00 × 0.10 × 28/365 =  6.13698… →  6.14
    //   3:  400.00 × 0.10 × 31/365 =  3.39726… →  3.40
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('1200.00'),
        currency: 'GBP',
        annualInterestRate: new Decimal('10'),
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        daysInYearType: 'DAYS_365',
        daysInMonthType: 'ACTUAL',
        disbursementDate: '2026-01-10',
        firstRepaymentDate: '2026-02-10',
      }),
      EVERY_DAY,
    );
    expect(table(schedule)).toEqual([
      ['2026-02-10', '400.00', '10.19', '410.19', '800.00'],
      ['2026-03-10', '400.00', '6.14', '406.14', '400.00'],
      ['2026-04-10', '400.00', '3.40', '403.40', '0.00'],
    ]);
  });

  it('equal installments, flat interest, 30/360: interest on the original principal, spread evenly', () => {
    // 1,000.00 at 10 % flat for 3 months: 1000 × 0.10 × 30/360 × 3 = 25.00 of interest.
    // Interest 25.00 / 3 = 8.333… → 8.33, 8.33 and the last 25.00 − 16.66 = 8.34;
    // principal 1000.00 / 3 = 333.333… → 333.33, 333.33 and the last 333.34.
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('1000.00'),
        annualInterestRate: new Decimal('10'),
        numberOfRepayments: 3,
        interestMethod: 'FLAT',
      }),
      EVERY_DAY,
    );
    expect(table(schedule)).toEqual([
      ['2026-02-15', '333.33', '8.33', '341.66', '666.67'],
      ['2026-03-15', '333.33', '8.33', '341.66', '333.34'],
      ['2026-04-15', '333.34', '8.34', '341.68', '0.00'],
    ]);
  });

  it('equal principal, flat interest, actual/365: each period charges the original principal for its days', () => {
    // 1,200.00 at 10 % flat, periods of 31, 28, 31 days:
    //   1200 × 0.10 × 31/365 = 10.19178… → 10.19;  1200 × 0.10 × 28/365 = 9.20547… → 9.21;  → 10.19.
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('1200.00'),
        annualInterestRate: new Decimal('10'),
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        interestMethod: 'FLAT',
        daysInYearType: 'DAYS_365',
        daysInMonthType: 'ACTUAL',
        disbursementDate: '2026-01-10',
        firstRepaymentDate: '2026-02-10',
      }),
      EVERY_DAY,
    );
    expect(table(schedule)).toEqual([
      ['2026-02-10', '400.00', '10.19', '410.19', '800.00'],
      ['2026-03-10', '400.00', '9.21', '409.21', '400.00'],
      ['2026-04-10', '400.00', '10.19', '410.19', '0.00'],
    ]);
  });

  it('actual/actual splits a period that crosses 31 December between a 365- and a 366-day year', () => {
    // 1,000.00 at 10 %, equal principal, from 15 Dec 2027: the first period, 15 Dec 2027 → 15 Jan 2028,
    // has 17 days in 2027 (a 365-day year) and 14 in leap 2028 (366 days):
    //   1: 1000.00 × 0.10 × (17/365 + 14/366) = 100 × (0.046575… + 0.038251…) = 8.48267… → 8.48
    //      (all 31 days over 365 would be 8.49, over 366 8.47: only the split gives 8.48)
    //   2:  500.00 × 0.10 × 31/366 (15 Jan → 15 Feb 2028, all in 2028) = 4.23497… → 4.23
    const crossing = terms({
      principal: new Decimal('1000.00'),
      annualInterestRate: new Decimal('10'),
      numberOfRepayments: 2,
      amortizationMethod: 'EQUAL_PRINCIPAL',
      daysInYearType: 'ACTUAL',
      daysInMonthType: 'ACTUAL',
      disbursementDate: '2027-12-15',
      firstRepaymentDate: '2028-01-15',
    });
    const schedule = generateSchedule(crossing, EVERY_DAY);
    expect(schedule.map((i) => [i.periodStart, i.periodEnd])).toEqual([
      ['2027-12-15', '2028-01-15'],
      ['2028-01-15', '2028-02-15'],
    ]);
    // The first period really crosses 31 December.
    const [first] = schedule;
    expect(first && first.periodStart < '2027-12-31' && first.periodEnd > '2028-01-01').toBe(true);
    expect(table(schedule)).toEqual([
      ['2028-01-15', '500.00', '8.48', '508.48', '500.00'],
      ['2028-02-15', '500.00', '4.23', '504.23', '0.00'],
    ]);
    // Under actual/365 the same days count over one year length: 31/365 → 8.49, then 4.2466… → 4.25.
    expect(table(generateSchedule({ ...crossing, daysInYearType: 'DAYS_365' }, EVERY_DAY))).toEqual([
      ['2028-01-15', '500.00', '8.49', '508.49', '500.00'],
      ['2028-02-15', '500.00', '4.25', '504.25', '0.00'],
    ]);
  });

  it('actual/actual counts a period ending on 1 January in the old year and one starting on it in the new', () => {
    // 1,000.00 at 10 %, 2027-12-01 → 2028-01-01 (31 days, all in 2027) then 2028-01-01 → 2028-02-01
    // (31 days, all in leap 2028):
    //   1: 1000.00 × 0.10 × 31/365 = 8.49315… → 8.49;   2: 500.00 × 0.10 × 31/366 = 4.23497… → 4.23
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('1000.00'),
        annualInterestRate: new Decimal('10'),
        numberOfRepayments: 2,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        daysInYearType: 'ACTUAL',
        daysInMonthType: 'ACTUAL',
        disbursementDate: '2027-12-01',
        firstRepaymentDate: '2028-01-01',
      }),
      EVERY_DAY,
    );
    expect(table(schedule).map((row) => row[2])).toEqual(['8.49', '4.23']);
  });

  it('30/360 monthly across the year end: due dates run from December into January and February, 30 days each side', () => {
    // 3,000.00 at 12 %, equal principal, from 30 Nov 2026: due 30 Dec 2026, 30 Jan 2027 and 28 Feb 2027
    // (no 30 Feb). 30/360 days: 30 Nov → 30 Dec = 30; 30 Dec 2026 → 30 Jan 2027 = 360 × 1 + 30 × (1 − 12)
    // + 0 = 30, the year end changing nothing; 30 Jan → 28 Feb = 30 × 1 + (28 − 30) = 28.
    //   1: 3000.00 × 0.12 × 30/360 = 30.00;  2: 2000.00 × 0.12 × 30/360 = 20.00;
    //   3: 1000.00 × 0.12 × 28/360 = 9.3333… → 9.33
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('3000.00'),
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        disbursementDate: '2026-11-30',
        firstRepaymentDate: '2026-12-30',
      }),
      EVERY_DAY,
    );
    expect(schedule[1]?.periodStart.slice(0, 4)).toBe('2026');
    expect(schedule[1]?.periodEnd.slice(0, 4)).toBe('2027');
    expect(table(schedule)).toEqual([
      ['2026-12-30', '1000.00', '30.00', '1030.00', '2000.00'],
      ['2027-01-30', '1000.00', '20.00', '1020.00', '1000.00'],
      ['2027-02-28', '1000.00', '9.33', '1009.33', '0.00'],
    ]);
  });

  describe('a due date on a public holiday moves by the loan rule, interest still runs to the nominal date', () => {
    // 3,000.00 at 12 %, equal principal, 30/360, due on the 25th from October 2026 in England:
    // 25 Oct 2026 is a Sunday; 25 Dec is Christmas Day (Friday), 26 Dec Boxing Day (Saturday) with its
    // substitute on Monday 28 Dec. Interest: 3000 × 0.01 = 30.00, 2000 × 0.01 = 20.00, 1000 × 0.01 = 10.00.
    const holidayTerms = terms({
      principal: new Decimal('3000.00'),
      currency: 'GBP',
      numberOfRepayments: 3,
      amortizationMethod: 'EQUAL_PRINCIPAL',
      disbursementDate: '2026-09-25',
      firstRepaymentDate: '2026-10-25',
    });
    const england = new BusinessCalendar('GB', 'ENG');

    it('NEXT_WORKING_DAY: Sunday 25 Oct → Monday 26 Oct; Christmas → Tuesday 29 Dec', () => {
      const schedule = generateSchedule({ ...holidayTerms, nonWorkingDayRule: 'NEXT_WORKING_DAY' }, england);
      expect(table(schedule)).toEqual([
        ['2026-10-26', '1000.00', '30.00', '1030.00', '2000.00'],
        ['2026-11-25', '1000.00', '20.00', '1020.00', '1000.00'],
        ['2026-12-29', '1000.00', '10.00', '1010.00', '0.00'],
      ]);
    });

    it('PREVIOUS_WORKING_DAY: Friday 23 Oct and Christmas Eve', () => {
      const schedule = generateSchedule(
        { ...holidayTerms, nonWorkingDayRule: 'PREVIOUS_WORKING_DAY' },
        england,
      );
      expect(schedule.map((i) => i.dueDate)).toEqual(['2026-10-23', '2026-11-25', '2026-12-24']);
    });

    it('SAME_DAY keeps the holiday', () => {
      const schedule = generateSchedule(holidayTerms, england);
      expect(schedule.map((i) => i.dueDate)).toEqual(['2026-10-25', '2026-11-25', '2026-12-25']);
    });
  });

  it('a 3-decimal currency rounds to fils: 1,000.000 KWD at 5 % over 3 months, equal principal', () => {
    // 1000.000 / 3 = 333.333…: 333.333, 333.333, last 333.334.
    // Interest (30/360): 1000 × 0.05/12 = 4.16666… → 4.167; 666.667 × 0.05/12 = 2.77777… → 2.778;
    // 333.334 × 0.05/12 = 1.38889… → 1.389.
    const schedule = generateSchedule(
      terms({
        principal: new Decimal('1000.000'),
        currency: 'KWD',
        annualInterestRate: new Decimal('5'),
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
      }),
      EVERY_DAY,
    );
    expect(table(schedule, 3).map((r) => [r[1], r[2]])).toEqual([
      ['333.333', '4.167'],
      ['333.333', '2.778'],
      ['333.334', '1.389'],
    ]);
  });
});
