import { Injectable } from '@nestjs/common';
import { Clock, Decimal } from '@crm/kernel';
import { arrearsOn } from '../domain/delinquency';
import { assessAffordability, eligibleOptions, type HardshipRequest } from '../domain/hardship';
import type { LoanAccount } from '../domain/loan';
import { regularInstallment } from '../domain/schedule/schedule';
import { LoanServicingSettings } from '../loan-servicing.settings';
import { HardshipRepository } from './hardship.repository';
import type { HardshipRequestView } from './hardship-view';
import { LoanRepository } from './loan.repository';
import { pausesOf } from './pauses';

/** Affordability and eligibility of a hardship request against the loan as it stands today. */
@Injectable()
export class HardshipAssessment {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly clock: Clock,
    private readonly settings: LoanServicingSettings,
  ) {}

  async of(
    loan: LoanAccount,
    request: HardshipRequest,
  ): Promise<HardshipRequestView & { daysPastDue: number }> {
    const businessDate = this.clock.today(loan.timeZone);
    const schedule = await this.loans.schedule(loan.id, loan.scheduleVersion);
    const pauses = pausesOf(await this.hardship.arrangements(loan.id));
    const { daysPastDue } = arrearsOn(
      schedule,
      businessDate,
      new Decimal(this.settings.LOAN_ARREARS_TOLERANCE),
      pauses,
    );
    const affordability = assessAffordability(
      request.monthlyIncome,
      request.monthlyExpenses,
      regularInstallment(schedule, businessDate),
    );
    return {
      request,
      affordability,
      eligibleOptions: eligibleOptions(this.settings.hardshipRules, daysPastDue, affordability),
      currency: loan.terms.currency,
      daysPastDue,
    };
  }
}
