import { Injectable } from '@nestjs/common';
import {
  LoanDelinquencyChangedV1,
  LoanHardshipArrangementEndedV1,
  LoanPaymentDueV1,
  LoanPaymentMissedV1,
} from '@crm/contracts';
import { Clock, Decimal, Money, daysBetween } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { arrearsOn, bucketFor, installmentDaysPastDue } from '../../domain/delinquency';
import type { LoanAccount } from '../../domain/loan';
import { outstandingOf } from '../../domain/schedule/installment';
import { LoanServicingSettings } from '../../loan-servicing.settings';
import { HardshipRepository } from '../hardship.repository';
import { LoanRiskAssessor } from '../loan-risk-assessor';
import { LoanRepository } from '../loan.repository';
import { LocalCopyRepository } from '../local-copy.repository';
import { pausesOf } from '../pauses';

/**
 * The daily run over every active loan, on each loan's business date (the clock's date in the loan's
 * time zone): payment-due reminders, missed payments, delinquency buckets, the early warning, and the
 * end of hardship arrangements. Safe with several replicas: each loan is processed under its row lock
 * (`FOR UPDATE SKIP LOCKED`: a replica skips a loan another holds), and every event is claimed in the
 * same transaction that publishes it, keyed by loan + installment + kind, so it fires exactly once.
 */
@Injectable()
export class RunDailyLoanCycleUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly copies: LocalCopyRepository,
    private readonly risk: LoanRiskAssessor,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly settings: LoanServicingSettings,
  ) {}

  async execute(): Promise<number> {
    let fired = 0;
    for (const id of await this.loans.loansDueForDailyRun(this.clock.now())) {
      fired += await this.transactions.run(async () => {
        const loan = await this.loans.lock(id, { skipLocked: true });
        return loan && loan.status === 'ACTIVE' ? this.runLoan(loan) : 0;
      });
    }
    return fired;
  }

  private async runLoan(loan: LoanAccount): Promise<number> {
    const now = this.clock.now();
    const businessDate = this.clock.today(loan.timeZone);
    const minor = Money.minorUnits(loan.terms.currency);
    const base = { loanId: loan.id, customerId: loan.customerId, currency: loan.terms.currency };
    const meta = { subject: `loans/${loan.id}`, occurredAt: now };
    // Once per loan and business date: a second pass the same day (the scheduler runs every few
    // seconds, on every replica) would see no new day and must not re-read the DPD trend.
    if (!(await this.loans.claim(loan.id, 'daily-run', businessDate, now))) return 0;
    let fired = 0;

    const arrangements = await this.hardship.arrangements(loan.id);
    for (const arrangement of arrangements) {
      if (
        arrangement.status !== 'ACTIVE' ||
        arrangement.endsOn === null ||
        arrangement.endsOn >= businessDate
      )
        continue;
      arrangement.status = 'ENDED';
      arrangement.endReason = 'completed';
      arrangement.endedAt = now;
      await this.hardship.saveArrangement(arrangement);
      await this.events.publish(
        newEvent(
          LoanHardshipArrangementEndedV1,
          loan.customerId,
          { ...base, arrangementId: arrangement.id, reason: 'completed', endedAt: now.toISOString() },
          meta,
        ),
      );
      fired++;
    }
    const isUnderArrangement = arrangements.some((a) => a.status === 'ACTIVE');
    const pauses = pausesOf(arrangements);
    const schedule = await this.loans.schedule(loan.id, loan.scheduleVersion);

    for (const installment of schedule) {
      const daysUntilDue = daysBetween(businessDate, installment.dueDate);
      const amountDue = outstandingOf(installment);
      if (daysUntilDue < 0 || daysUntilDue > this.settings.LOAN_PAYMENT_DUE_REMINDER_DAYS || amountDue.lte(0))
        continue;
      if (
        !(await this.loans.claim(loan.id, 'payment-due', `${installment.number}:${installment.dueDate}`, now))
      )
        continue;
      await this.events.publish(
        newEvent(
          LoanPaymentDueV1,
          loan.customerId,
          {
            ...base,
            installmentNumber: installment.number,
            dueDate: installment.dueDate,
            amountDue: amountDue.toFixed(minor),
            daysUntilDue,
          },
          meta,
        ),
      );
      fired++;
    }

    const arrears = arrearsOn(
      schedule,
      businessDate,
      new Decimal(this.settings.LOAN_ARREARS_TOLERANCE),
      pauses,
    );
    // Collections contact stops while a hardship arrangement is active; `extra-time` (FCA FG21/1)
    // lengthens the grace before it starts.
    if (!isUnderArrangement) {
      const hasExtraTime = (await this.copies.adjustments(loan.customerId)).includes('extra-time');
      const missedAfter =
        this.settings.LOAN_PAYMENT_MISSED_AFTER_DAYS +
        (hasExtraTime ? this.settings.LOAN_EXTRA_TIME_GRACE_DAYS : 0);
      for (const installment of arrears.overdueInstallments) {
        const daysPastDue = installmentDaysPastDue(installment, businessDate, pauses);
        if (daysPastDue < missedAfter) continue;
        if (
          !(await this.loans.claim(
            loan.id,
            'payment-missed',
            `${installment.number}:${installment.dueDate}`,
            now,
          ))
        )
          continue;
        await this.events.publish(
          newEvent(
            LoanPaymentMissedV1,
            loan.customerId,
            {
              ...base,
              installmentNumber: installment.number,
              dueDate: installment.dueDate,
              amountOverdue: outstandingOf(installment).toFixed(minor),
              daysPastDue,
              businessDate,
            },
            meta,
          ),
        );
        fired++;
      }
    }

    const bucket = bucketFor(arrears.daysPastDue, this.settings.delinquencyRanges);
    if (bucket !== loan.delinquencyBucket) {
      await this.events.publish(
        newEvent(
          LoanDelinquencyChangedV1,
          loan.customerId,
          {
            ...base,
            previousBucket: loan.delinquencyBucket,
            bucket,
            daysPastDue: arrears.daysPastDue,
            amountOverdue: arrears.amountOverdue.toFixed(minor),
            businessDate,
          },
          meta,
        ),
      );
      loan.delinquencyBucket = bucket;
      fired++;
    }
    const previousDaysPastDue = loan.daysPastDue;
    loan.daysPastDue = arrears.daysPastDue;
    fired += await this.risk.reassess(loan, previousDaysPastDue);
    await this.loans.update(loan);
    return fired;
  }
}
