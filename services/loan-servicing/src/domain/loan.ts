import { BusinessCalendar, Decimal, type LocalDate } from '@crm/kernel';
import type { LoanStatus, RiskSeverity } from '@crm/contracts';
import type { LoanTerms, WorkingDays } from './loan-terms';
import type { RepaymentAllocation } from './repayment-allocation';

/** A loan account as this service services it: its terms and where it stands. */
export interface LoanAccount {
  id: string;
  customerId: string;
  productCode: string;
  terms: LoanTerms;
  calendarCountry: string;
  calendarRegion: string | null;
  /** The business date of the loan is the clock's date in this IANA zone (UTC unless boarded with one). */
  timeZone: string;
  status: LoanStatus;
  /** Overpayment kept for the customer. */
  credit: Decimal;
  scheduleVersion: number;
  daysPastDue: number;
  delinquencyBucket: string | null;
  riskSeverity: RiskSeverity;
  riskReasons: string[];
  boardedAt: Date;
  closedAt: Date | null;
}

export interface Repayment {
  id: string;
  loanId: string;
  amount: Decimal;
  paidAt: Date;
  /** The local date of `paidAt` in the loan's time zone: what allocation sees as the payment date. */
  paidOn: LocalDate;
  allocation: RepaymentAllocation | null;
  recordedAt: Date;
  reversedAt: Date | null;
}

const calendars = new Map<string, BusinessCalendar>();

/** The loan's holiday calendar (date-holidays via the kernel), built once per jurisdiction. */
export function workingDaysOf(country: string, region: string | null): WorkingDays {
  const key = `${country}-${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new BusinessCalendar(country, region ?? undefined);
    calendars.set(key, calendar);
  }
  return calendar;
}
