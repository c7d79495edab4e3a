import { Injectable } from '@nestjs/common';
import { LoanRiskWarningV1 } from '@crm/contracts';
import { Clock, Decimal } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { arrearsOn } from '../domain/delinquency';
import { assessRepaymentRisk, isHigherSeverity, type RepaymentBehaviour } from '../domain/early-warning';
import type { LoanAccount } from '../domain/loan';
import { sumPortions } from '../domain/schedule/installment';
import { LoanServicingSettings } from '../loan-servicing.settings';
import { HardshipRepository } from './hardship.repository';
import { LoanRepository } from './loan.repository';
import { LocalCopyRepository } from './local-copy.repository';
import { pausesOf } from './pauses';

/**
 * The early warning: reassesses a locked loan from its repayment behaviour and publishes
 * crm.loan.risk-warning.v1 when the severity rises. Reads nothing about the customer as a person:
 * the behaviour type is the fairness guard.
 */
@Injectable()
export class LoanRiskAssessor {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly copies: LocalCopyRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly settings: LoanServicingSettings,
  ) {}

  /** Returns 1 when a warning was published. The caller saves the loan. */
  async reassess(loan: LoanAccount, previousDaysPastDue: number): Promise<number> {
    const now = this.clock.now();
    const businessDate = this.clock.today(loan.timeZone);
    const schedule = await this.loans.schedule(loan.id, loan.scheduleVersion);
    const pauses = pausesOf(await this.hardship.arrangements(loan.id));
    const arrears = arrearsOn(
      schedule,
      businessDate,
      new Decimal(this.settings.LOAN_ARREARS_TOLERANCE),
      pauses,
    );
    const behaviour: RepaymentBehaviour = {
      missedInstallments: arrears.overdueInstallments.length,
      partiallyPaidInstallments: arrears.overdueInstallments.filter((i) => sumPortions(i.paid).gt(0)).length,
      daysPastDue: arrears.daysPastDue,
      previousDaysPastDue,
      hasRecentHardshipRequest: await this.hardship.hasRequestSince(
        loan.id,
        new Date(now.getTime() - this.settings.LOAN_HARDSHIP_ENQUIRY_SIGNAL_DAYS * 86_400_000),
      ),
      openComplaintsAboutLoan: await this.copies.openComplaints(loan.id),
    };
    const assessment = assessRepaymentRisk(behaviour);
    const previous = loan.riskSeverity;
    loan.riskSeverity = assessment.severity;
    loan.riskReasons = assessment.reasons;
    if (!isHigherSeverity(assessment.severity, previous)) return 0;
    await this.events.publish(
      newEvent(
        LoanRiskWarningV1,
        loan.customerId,
        {
          loanId: loan.id,
          customerId: loan.customerId,
          currency: loan.terms.currency,
          severity: assessment.severity,
          previousSeverity: previous,
          reasons: assessment.reasons,
          raisedAt: now.toISOString(),
        },
        { subject: `loans/${loan.id}`, occurredAt: now },
      ),
    );
    return 1;
  }
}
