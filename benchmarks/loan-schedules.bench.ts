// Schedule computation throughput: 100,000 loans of mixed methods, day counts, frequencies, currencies
// and terms through the decimal schedule engine (decimal.js, 34 digits, rounded to minor units), beside
// a baseline measured in the same run on the same loans: the same arithmetic in plain JavaScript
// numbers — the UNSAFE float version a loan system must not use, shown for the cost of exactness.
// `npm run bench:schedules` — pure computation, no stack needed. BENCH_LOANS overrides the count.
import { Decimal } from '@crm/kernel';
import {
  AMORTIZATION_METHODS,
  DAYS_IN_MONTH_TYPES,
  DAYS_IN_YEAR_TYPES,
  EVERY_DAY,
  INTEREST_METHODS,
  REPAYMENT_FREQUENCIES,
  type LoanTerms,
} from '../services/loan-servicing/src/domain/loan-terms';
import { generateSchedule } from '../services/loan-servicing/src/domain/schedule/schedule';

const count = Number(process.env.BENCH_LOANS ?? 100_000);
const CURRENCIES = [
  ['EUR', 2],
  ['USD', 2],
  ['JPY', 0],
  ['KWD', 3],
] as const;

/** A small deterministic generator, so that every run computes the same loans. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loans(): LoanTerms[] {
  const random = mulberry32(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const [currency, minor] = pick(CURRENCIES);
    const frequency = pick(REPAYMENT_FREQUENCIES);
    const months = 6 + Math.floor(random() * 55); // 6 to 60 months
    return {
      principal: new Decimal(1000 + Math.floor(random() * 99_000)).times(minor === 0 ? 100 : 1),
      currency,
      annualInterestRate: new Decimal(Math.floor(random() * 2500)).div(100),
      numberOfRepayments:
        frequency === 'MONTHLY' ? months : frequency === 'BIWEEKLY' ? 2 * months : 4 * months,
      repaymentFrequency: frequency,
      amortizationMethod: pick(AMORTIZATION_METHODS),
      interestMethod: pick(INTEREST_METHODS),
      daysInYearType: pick(DAYS_IN_YEAR_TYPES),
      daysInMonthType: pick(DAYS_IN_MONTH_TYPES),
      disbursementDate: '2026-01-15',
      firstRepaymentDate:
        frequency === 'MONTHLY' ? '2026-02-15' : frequency === 'BIWEEKLY' ? '2026-01-29' : '2026-01-22',
      nonWorkingDayRule: 'SAME_DAY',
      roundingMode: 'HALF_EVEN',
      installmentFee: new Decimal(0),
    };
  });
}

/**
 * The UNSAFE baseline: the same methods with JavaScript floats and a fixed period rate (annual / periods
 * a year). Faster, and wrong — its principal does not always sum to the loan, which is counted below.
 */
function floatSchedule(terms: LoanTerms, minor: number): number {
  const n = terms.numberOfRepayments;
  const perYear =
    terms.repaymentFrequency === 'MONTHLY' ? 12 : terms.repaymentFrequency === 'BIWEEKLY' ? 26 : 52;
  const r = terms.annualInterestRate.toNumber() / 100 / perYear;
  const scale = 10 ** minor;
  const round = (x: number) => Math.round(x * scale) / scale;
  const principal = terms.principal.toNumber();
  let balance = principal;
  let principalSum = 0;
  const emi = r === 0 ? round(principal / n) : round((principal * r) / (1 - (1 + r) ** -n));
  for (let k = 0; k < n; k++) {
    const interest = terms.interestMethod === 'FLAT' ? round(principal * r) : round(balance * r);
    let part =
      terms.amortizationMethod === 'EQUAL_INSTALLMENTS' && terms.interestMethod === 'DECLINING_BALANCE'
        ? emi - interest
        : round(principal / n);
    if (k === n - 1) part = balance;
    balance -= part;
    principalSum += part;
  }
  return principalSum;
}

function main(): void {
  const portfolio = loans();
  const installments = portfolio.reduce((sum, t) => sum + t.numberOfRepayments, 0);
  const minors = portfolio.map((t) => CURRENCIES.find(([c]) => c === t.currency)?.[1] ?? 2);
  // Warm-up: let the JIT see both code paths.
  for (const terms of portfolio.slice(0, 500)) generateSchedule(terms, EVERY_DAY);

  let started = performance.now();
  for (const terms of portfolio) generateSchedule(terms, EVERY_DAY);
  const decimalSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  portfolio.forEach((terms, i) => floatSchedule(terms, minors[i]));
  const floatSeconds = (performance.now() - started) / 1000;

  // Untimed: does principal sum exactly to the loan? Checked on a sample of both.
  const sample = portfolio.slice(0, Math.min(count, 10_000));
  const exact = sample.filter((terms) =>
    generateSchedule(terms, EVERY_DAY)
      .reduce((sum, i) => sum.plus(i.principal), new Decimal(0))
      .eq(terms.principal),
  ).length;
  const floatExact = sample.filter(
    (terms, i) => floatSchedule(terms, minors[i]) === terms.principal.toNumber(),
  ).length;

  const rate = (seconds: number) => Math.round(count / seconds).toLocaleString('en');
  const of = `of ${sample.length.toLocaleString('en')} checked`;
  console.log(
    `loan schedules: ${count.toLocaleString('en')} loans, ${installments.toLocaleString('en')} installments ` +
      `(annuity / equal principal × declining / flat × 3 day-count bases × monthly / biweekly / weekly × EUR, USD, JPY, KWD; 6–60 months)`,
  );
  console.log(
    `  decimal engine (decimal.js, 34 digits)   ${decimalSeconds.toFixed(2)} s   ${rate(decimalSeconds)} loans/s   principal exact in ${exact.toLocaleString('en')} ${of}`,
  );
  console.log(
    `  baseline: plain JS floats (UNSAFE)       ${floatSeconds.toFixed(2)} s   ${rate(floatSeconds)} loans/s   principal exact in ${floatExact.toLocaleString('en')} ${of}`,
  );
}

main();
