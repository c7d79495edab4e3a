import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Money } from '@crm/kernel';
import { IsCountry, IsTimeZone, PageQuery } from '@crm/platform';
import type { HardshipArrangement } from '../domain/hardship';
import type { LoanAccount, Repayment } from '../domain/loan';
import {
  AMORTIZATION_METHODS,
  DAYS_IN_MONTH_TYPES,
  DAYS_IN_YEAR_TYPES,
  INTEREST_METHODS,
  NON_WORKING_DAY_RULES,
  REPAYMENT_FREQUENCIES,
  ROUNDING_MODES,
  type AmortizationMethod,
  type DaysInMonthType,
  type DaysInYearType,
  type InterestMethod,
  type NonWorkingDayRule,
  type RepaymentFrequency,
  type RoundingMode,
} from '../domain/loan-terms';
import type { PayoffQuote } from '../domain/payoff-quote';
import { outstandingOf, sumPortions, type Installment } from '../domain/schedule/installment';
import { maturityDate } from '../domain/schedule/schedule';
import type { LoanView } from '../application/loan.queries';
import { IsCurrencyCode, IsDecimalString, IsLocalDateString } from './loan.validators';

export class HolidayCalendarDto {
  @ApiProperty({
    description: 'ISO 3166-1 alpha-2 country whose public holidays close the bank.',
    example: 'GB',
  })
  @IsCountry()
  country!: string;

  @ApiPropertyOptional({
    description: 'ISO 3166-2 subdivision code without the country (date-holidays).',
    example: 'ENG',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,3}$/, { message: 'region must be a subdivision code such as ENG or BY' })
  region?: string;
}

export class BoardLoanRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ example: 'PERSONAL-12', maxLength: 60 })
  @Matches(/^[A-Za-z0-9._-]{1,60}$/, {
    message: 'productCode must be 1 to 60 letters, digits, dots, dashes or underscores',
  })
  productCode!: string;

  @ApiProperty({
    description: "Decimal string with at most the currency's minor units.",
    example: '10000.00',
  })
  @IsDecimalString()
  principal!: string;

  @ApiProperty({ description: 'ISO 4217.', example: 'EUR' })
  @IsCurrencyCode()
  currency!: string;

  @ApiProperty({ description: 'Percent a year, decimal string.', example: '12' })
  @IsDecimalString()
  annualInterestRate!: string;

  @ApiProperty({ minimum: 1, maximum: 1200, example: 12 })
  @IsInt()
  @Min(1)
  @Max(1200)
  numberOfRepayments!: number;

  @ApiProperty({ enum: REPAYMENT_FREQUENCIES, example: 'MONTHLY' })
  @IsIn(REPAYMENT_FREQUENCIES)
  repaymentFrequency!: RepaymentFrequency;

  @ApiProperty({
    enum: AMORTIZATION_METHODS,
    description: 'EQUAL_INSTALLMENTS is the annuity.',
    example: 'EQUAL_INSTALLMENTS',
  })
  @IsIn(AMORTIZATION_METHODS)
  amortizationMethod!: AmortizationMethod;

  @ApiProperty({ enum: INTEREST_METHODS, example: 'DECLINING_BALANCE' })
  @IsIn(INTEREST_METHODS)
  interestMethod!: InterestMethod;

  @ApiProperty({ enum: DAYS_IN_YEAR_TYPES, example: 'DAYS_360' })
  @IsIn(DAYS_IN_YEAR_TYPES)
  daysInYearType!: DaysInYearType;

  @ApiProperty({ enum: DAYS_IN_MONTH_TYPES, example: 'DAYS_30' })
  @IsIn(DAYS_IN_MONTH_TYPES)
  daysInMonthType!: DaysInMonthType;

  @ApiProperty({ format: 'date', example: '2026-01-15' })
  @IsLocalDateString()
  disbursementDate!: string;

  @ApiProperty({ format: 'date', example: '2026-02-15' })
  @IsLocalDateString()
  firstRepaymentDate!: string;

  @ApiProperty({ type: HolidayCalendarDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => HolidayCalendarDto)
  holidayCalendar!: HolidayCalendarDto;

  @ApiProperty({ enum: NON_WORKING_DAY_RULES, example: 'NEXT_WORKING_DAY' })
  @IsIn(NON_WORKING_DAY_RULES)
  nonWorkingDayRule!: NonWorkingDayRule;

  @ApiPropertyOptional({
    description: "IANA zone of the loan's business date; UTC by default.",
    example: 'Europe/London',
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    enum: ROUNDING_MODES,
    description: "The product's rounding mode; HALF_EVEN by default.",
  })
  @IsOptional()
  @IsIn(ROUNDING_MODES)
  roundingMode?: RoundingMode;

  @ApiPropertyOptional({ description: 'A fee charged with every installment.', example: '2.50' })
  @IsOptional()
  @IsDecimalString()
  installmentFee?: string;
}

export class ListLoansQuery extends PageQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;
}

export class ScheduleQuery {
  @ApiPropertyOptional({
    description: 'A previous schedule version (1 is the schedule at boarding); the current one by default.',
    minimum: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class PayoffQuoteQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: "The loan's business date by default.",
    example: '2026-05-20',
  })
  @IsOptional()
  @IsLocalDateString()
  asOf?: string;
}

export class RecordRepaymentRequest {
  @ApiProperty({ description: "Decimal string in the loan's currency.", example: '888.49' })
  @IsDecimalString()
  amount!: string;

  @ApiProperty({ format: 'date-time', example: '2026-02-15T09:30:00Z' })
  @IsISO8601({ strict: true })
  paidAt!: string;
}

const fixed = (currency: string) => {
  const minor = Money.minorUnits(currency);
  return (value: { toFixed(digits: number): string }) => value.toFixed(minor);
};

export class InstallmentResponse {
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ example: '788.49' }) principal!: string;
  @ApiProperty({ example: '100.00' }) interest!: string;
  @ApiProperty({ example: '0.00' }) fees!: string;
  @ApiProperty({ example: '0.00' }) penalties!: string;
  @ApiProperty({ example: '888.49' }) total!: string;
  @ApiProperty({ example: '0.00' }) paid!: string;
  @ApiProperty({ example: '888.49' }) outstanding!: string;
  @ApiProperty({ example: '9211.51' }) principalBalanceAfter!: string;

  static from(i: Installment, currency: string): InstallmentResponse {
    const f = fixed(currency);
    return {
      number: i.number,
      dueDate: i.dueDate,
      principal: f(i.principal),
      interest: f(i.interest),
      fees: f(i.fees),
      penalties: f(i.penalties),
      total: f(sumPortions(i)),
      paid: f(sumPortions(i.paid)),
      outstanding: f(outstandingOf(i)),
      principalBalanceAfter: f(i.principalBalanceAfter),
    };
  }
}

export class ScheduleResponse {
  @ApiProperty({ format: 'uuid' }) loanId!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ description: 'The version shown.' }) version!: number;
  @ApiProperty() currentVersion!: number;
  @ApiProperty({ type: [InstallmentResponse] }) installments!: InstallmentResponse[];
}

export class HardshipArrangementResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() option!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'ENDED'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;

  static from(a: HardshipArrangement): HardshipArrangementResponse {
    return {
      id: a.id,
      option: a.option,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      status: a.status,
      endReason: a.endReason,
    };
  }
}

export class RiskResponse {
  @ApiProperty({ enum: ['none', 'low', 'medium', 'high'] }) severity!: string;
  @ApiProperty({ type: [String], example: ['MISSED_PAYMENTS_1', 'DPD_RISING'] }) reasons!: string[];
}

export class LoanSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty() productCode!: string;
  @ApiProperty({ description: "Fineract's LoanStatus.", example: 'ACTIVE' }) status!: string;
  @ApiProperty({ example: '10000.00' }) principal!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ example: '12' }) annualInterestRate!: string;
  @ApiProperty() numberOfRepayments!: number;
  @ApiProperty() repaymentFrequency!: string;
  @ApiProperty() amortizationMethod!: string;
  @ApiProperty() interestMethod!: string;
  @ApiProperty() daysInYearType!: string;
  @ApiProperty() daysInMonthType!: string;
  @ApiProperty({ format: 'date' }) disbursementDate!: string;
  @ApiProperty({ format: 'date' }) firstRepaymentDate!: string;
  @ApiProperty({ type: HolidayCalendarDto }) holidayCalendar!: HolidayCalendarDto;
  @ApiProperty() nonWorkingDayRule!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() roundingMode!: string;
  @ApiProperty({ example: '0.00' }) installmentFee!: string;
  @ApiProperty({ example: '0.00', description: 'Overpayment kept for the customer.' }) credit!: string;
  @ApiProperty() daysPastDue!: number;
  @ApiProperty({ nullable: true, type: String, example: '1-30' }) delinquencyBucket!: string | null;
  @ApiProperty({ type: RiskResponse }) risk!: RiskResponse;
  @ApiProperty() scheduleVersion!: number;
  @ApiProperty({ format: 'date-time' }) boardedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;

  static from(loan: LoanAccount): LoanSummaryResponse {
    const f = fixed(loan.terms.currency);
    const t = loan.terms;
    return {
      id: loan.id,
      customerId: loan.customerId,
      productCode: loan.productCode,
      status: loan.status,
      principal: f(t.principal),
      currency: t.currency,
      annualInterestRate: t.annualInterestRate.toString(),
      numberOfRepayments: t.numberOfRepayments,
      repaymentFrequency: t.repaymentFrequency,
      amortizationMethod: t.amortizationMethod,
      interestMethod: t.interestMethod,
      daysInYearType: t.daysInYearType,
      daysInMonthType: t.daysInMonthType,
      disbursementDate: t.disbursementDate,
      firstRepaymentDate: t.firstRepaymentDate,
      holidayCalendar: {
        country: loan.calendarCountry,
        ...(loan.calendarRegion ? { region: loan.calendarRegion } : {}),
      },
      nonWorkingDayRule: t.nonWorkingDayRule,
      timeZone: loan.timeZone,
      roundingMode: t.roundingMode,
      installmentFee: f(t.installmentFee),
      credit: f(loan.credit),
      daysPastDue: loan.daysPastDue,
      delinquencyBucket: loan.delinquencyBucket,
      risk: { severity: loan.riskSeverity, reasons: loan.riskReasons },
      scheduleVersion: loan.scheduleVersion,
      boardedAt: loan.boardedAt.toISOString(),
      closedAt: loan.closedAt?.toISOString() ?? null,
    };
  }
}

export class LoanResponse extends LoanSummaryResponse {
  @ApiProperty({ format: 'date' }) maturityDate!: string;
  @ApiProperty({ example: '888.49', description: 'The first installment.' }) installmentAmount!: string;
  @ApiProperty({ example: '10661.86', description: 'Everything still owed, less credit.' })
  outstanding!: string;
  @ApiProperty({ type: HardshipArrangementResponse, nullable: true })
  hardshipArrangement!: HardshipArrangementResponse | null;

  static fromView(view: LoanView): LoanResponse {
    const f = fixed(view.loan.terms.currency);
    const active = view.arrangements.find((a) => a.status === 'ACTIVE');
    return {
      ...LoanSummaryResponse.from(view.loan),
      maturityDate: maturityDate(view.installments),
      installmentAmount: f(sumPortions(view.installments[0])),
      outstanding: f(view.outstanding),
      hardshipArrangement: active ? HardshipArrangementResponse.from(active) : null,
    };
  }
}

export class LoanPageResponse {
  @ApiProperty({ type: [LoanSummaryResponse] }) items!: LoanSummaryResponse[];
  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}

export class AllocationPortionsResponse {
  @ApiProperty({ example: '788.49' }) principal!: string;
  @ApiProperty({ example: '100.00' }) interest!: string;
  @ApiProperty({ example: '0.00' }) fees!: string;
  @ApiProperty({ example: '0.00' }) penalties!: string;
}

export class AllocationLineResponse extends AllocationPortionsResponse {
  @ApiProperty() installmentNumber!: number;
}

export class AllocationResponse extends AllocationPortionsResponse {
  @ApiProperty({ example: '0.00', description: 'Overpayment kept as credit.' }) credit!: string;
  @ApiProperty({ type: [AllocationLineResponse] }) installments!: AllocationLineResponse[];
}

export class RepaymentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) loanId!: string;
  @ApiProperty({ example: '888.49' }) amount!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ format: 'date-time' }) paidAt!: string;
  @ApiProperty({ format: 'date', description: "The payment's date in the loan's time zone." })
  paidOn!: string;
  @ApiProperty({ type: AllocationResponse, nullable: true, description: 'Null once reversed.' })
  allocation!: AllocationResponse | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) reversedAt!: string | null;

  static from(r: Repayment, currency: string): RepaymentResponse {
    const f = fixed(currency);
    const portions = (p: {
      principal: { toFixed(d: number): string };
      interest: { toFixed(d: number): string };
      fees: { toFixed(d: number): string };
      penalties: { toFixed(d: number): string };
    }) => ({
      principal: f(p.principal),
      interest: f(p.interest),
      fees: f(p.fees),
      penalties: f(p.penalties),
    });
    return {
      id: r.id,
      loanId: r.loanId,
      amount: f(r.amount),
      currency,
      paidAt: r.paidAt.toISOString(),
      paidOn: r.paidOn,
      allocation: r.allocation
        ? {
            ...portions(r.allocation.totals),
            credit: f(r.allocation.credit),
            installments: r.allocation.lines.map((l) => ({
              installmentNumber: l.installmentNumber,
              ...portions(l),
            })),
          }
        : null,
      reversedAt: r.reversedAt?.toISOString() ?? null,
    };
  }
}

export class RepaymentOutcomeResponse extends RepaymentResponse {
  @ApiProperty({ example: '9773.39', description: 'Still owed after it.' }) outstanding!: string;
  @ApiProperty({ example: 'ACTIVE' }) loanStatus!: string;
}

export class RepaymentListResponse {
  @ApiProperty({ type: [RepaymentResponse] }) items!: RepaymentResponse[];
}

export class PayoffQuoteResponse {
  @ApiProperty({ format: 'uuid' }) loanId!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ example: '6798.42' }) principal!: string;
  @ApiProperty({ example: '22.66', description: 'Interest due plus interest accrued to asOf.' })
  interest!: string;
  @ApiProperty({ example: '0.00' }) fees!: string;
  @ApiProperty({ example: '0.00' }) penalties!: string;
  @ApiProperty({ example: '0.00' }) credit!: string;
  @ApiProperty({ example: '6821.08' }) total!: string;
  @ApiProperty({ example: '2.27', description: 'Add for each day after asOf.' }) perDiemInterest!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;

  static from(loanId: string, currency: string, q: PayoffQuote): PayoffQuoteResponse {
    const f = fixed(currency);
    return {
      loanId,
      currency,
      asOf: q.asOf,
      principal: f(q.principal),
      interest: f(q.interest),
      fees: f(q.fees),
      penalties: f(q.penalties),
      credit: f(q.credit),
      total: f(q.total),
      perDiemInterest: f(q.perDiemInterest),
      validUntil: q.validUntil,
    };
  }
}
