import type {
  AmortizationMethod,
  DaysInMonthType,
  DaysInYearType,
  InterestMethod,
  NonWorkingDayRule,
  RepaymentFrequency,
  RoundingMode,
} from '../../domain/loan-terms';

/** Amounts and the rate are decimal strings, as received. */
export interface BoardLoanCommand {
  customerId: string;
  productCode: string;
  principal: string;
  currency: string;
  annualInterestRate: string;
  numberOfRepayments: number;
  repaymentFrequency: RepaymentFrequency;
  amortizationMethod: AmortizationMethod;
  interestMethod: InterestMethod;
  daysInYearType: DaysInYearType;
  daysInMonthType: DaysInMonthType;
  disbursementDate: string;
  firstRepaymentDate: string;
  holidayCalendar: { country: string; region?: string };
  nonWorkingDayRule: NonWorkingDayRule;
  timeZone?: string;
  roundingMode?: RoundingMode;
  installmentFee?: string;
}
