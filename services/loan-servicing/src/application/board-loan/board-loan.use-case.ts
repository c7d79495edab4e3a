import { Injectable } from '@nestjs/common';
import { LoanBoardedV1 } from '@crm/contracts';
import { Clock, Decimal, DomainError, Money, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { workingDaysOf, type LoanAccount } from '../../domain/loan';
import type { LoanTerms, WorkingDays } from '../../domain/loan-terms';
import { generateSchedule, maturityDate } from '../../domain/schedule/schedule';
import { sumPortions, type Installment } from '../../domain/schedule/installment';
import { LoanRepository } from '../loan.repository';
import type { BoardLoanCommand } from './board-loan.command';

function invalid(code: string, message: string): DomainError {
  return new DomainError(code, 'invalid', message);
}

/** An amount in the currency's minor units at most: 10.005 EUR is not money. */
function amountIn(value: string, currency: string, field: string): Decimal {
  const amount = new Decimal(value);
  if (amount.decimalPlaces() > Money.minorUnits(currency))
    throw invalid('AMOUNT_PRECISION', `${field} has more decimals than ${currency} has minor units`);
  return amount;
}

function calendarOf(country: string, region: string | undefined): WorkingDays {
  try {
    return workingDaysOf(country, region ?? null);
  } catch {
    throw invalid(
      'HOLIDAY_CALENDAR_UNKNOWN',
      `no holiday calendar for ${region ? `${country}-${region}` : country}`,
    );
  }
}

@Injectable()
export class BoardLoanUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: BoardLoanCommand): Promise<{ loan: LoanAccount; schedule: Installment[] }> {
    const principal = amountIn(command.principal, command.currency, 'principal');
    if (principal.lte(0)) throw invalid('PRINCIPAL_NOT_POSITIVE', 'principal must be more than zero');
    if (command.firstRepaymentDate <= command.disbursementDate)
      throw invalid(
        'FIRST_REPAYMENT_NOT_AFTER_DISBURSEMENT',
        'firstRepaymentDate must be after disbursementDate',
      );
    const terms: LoanTerms = {
      principal,
      currency: command.currency,
      annualInterestRate: new Decimal(command.annualInterestRate),
      numberOfRepayments: command.numberOfRepayments,
      repaymentFrequency: command.repaymentFrequency,
      amortizationMethod: command.amortizationMethod,
      interestMethod: command.interestMethod,
      daysInYearType: command.daysInYearType,
      daysInMonthType: command.daysInMonthType,
      disbursementDate: command.disbursementDate,
      firstRepaymentDate: command.firstRepaymentDate,
      nonWorkingDayRule: command.nonWorkingDayRule,
      roundingMode: command.roundingMode ?? 'HALF_EVEN',
      installmentFee: amountIn(command.installmentFee ?? '0', command.currency, 'installmentFee'),
    };
    const calendar = calendarOf(command.holidayCalendar.country, command.holidayCalendar.region);
    const schedule = generateSchedule(terms, calendar);
    const now = this.clock.now();
    const loan: LoanAccount = {
      id: newId(),
      customerId: command.customerId,
      productCode: command.productCode,
      terms,
      calendarCountry: command.holidayCalendar.country,
      calendarRegion: command.holidayCalendar.region ?? null,
      timeZone: command.timeZone ?? 'UTC',
      status: 'ACTIVE',
      credit: new Decimal(0),
      scheduleVersion: 1,
      daysPastDue: 0,
      delinquencyBucket: null,
      riskSeverity: 'none',
      riskReasons: [],
      boardedAt: now,
      closedAt: null,
    };
    const minor = Money.minorUnits(terms.currency);
    await this.transactions.run(async () => {
      await this.loans.add(loan, schedule);
      await this.audit.record({
        action: 'loan.board',
        resourceType: 'loan',
        resourceId: loan.id,
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          LoanBoardedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: terms.currency,
            productCode: loan.productCode,
            principal: principal.toFixed(minor),
            numberOfRepayments: terms.numberOfRepayments,
            repaymentFrequency: terms.repaymentFrequency,
            disbursementDate: terms.disbursementDate,
            firstRepaymentDate: terms.firstRepaymentDate,
            maturityDate: maturityDate(schedule),
            installmentAmount: sumPortions(schedule[0]).toFixed(minor),
            boardedAt: now.toISOString(),
          },
          { subject: `loans/${loan.id}`, occurredAt: now },
        ),
      );
    });
    return { loan, schedule };
  }
}
