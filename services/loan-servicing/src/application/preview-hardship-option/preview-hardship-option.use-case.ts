import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError, newId } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { workingDaysOf, type LoanAccount } from '../../domain/loan';
import type { Installment } from '../../domain/schedule/installment';
import { compareSchedules, type ScheduleComparison } from '../../domain/schedule/schedule-comparison';
import { RestructureRefused, restructure, type RestructurePlan } from '../../domain/schedule/schedule';
import { HardshipAssessment } from '../hardship-assessment';
import { HardshipRepository, type HardshipPreview } from '../hardship.repository';
import { loanNotFound, requireActive } from '../loan-errors';
import { LoanRepository } from '../loan.repository';
import type { PreviewHardshipOptionCommand } from './preview-hardship-option.command';

export interface HardshipPreviewView {
  preview: HardshipPreview;
  loan: LoanAccount;
  current: Installment[];
  comparison: ScheduleComparison;
}

function planOf(command: PreviewHardshipOptionCommand, maxInstallments: number): RestructurePlan {
  const bounded = (value: number | undefined, field: string): number => {
    if (value === undefined)
      throw new DomainError('HARDSHIP_PARAMETER_MISSING', 'invalid', `${command.option} needs ${field}`);
    if (value > maxInstallments)
      throw new DomainError(
        'HARDSHIP_INSTALLMENTS_OUT_OF_RANGE',
        'invalid',
        `${field} may be at most ${maxInstallments} under the bank's rules`,
      );
    return value;
  };
  switch (command.option) {
    case 'PAYMENT_HOLIDAY':
      return {
        option: 'PAYMENT_HOLIDAY',
        installments: bounded(command.installments, 'installments'),
        keepTerm: command.keepTerm ?? false,
      };
    case 'INTEREST_PAUSE':
      return { option: 'INTEREST_PAUSE', installments: bounded(command.installments, 'installments') };
    case 'GRACE_ON_PRINCIPAL':
      return { option: 'GRACE_ON_PRINCIPAL', installments: bounded(command.installments, 'installments') };
    case 'EXTEND_REPAYMENT_PERIOD':
      return {
        option: 'EXTEND_REPAYMENT_PERIOD',
        additionalInstallments: bounded(command.additionalInstallments, 'additionalInstallments'),
      };
    case 'RE_AGE':
      return {
        option: 'RE_AGE',
        ...(command.numberOfInstallments === undefined
          ? {}
          : { numberOfInstallments: bounded(command.numberOfInstallments, 'numberOfInstallments') }),
        interestHandling: command.reAgeInterestHandling ?? 'DEFAULT',
      };
  }
}

/** The new schedule an option would give, beside the current one; kept so that staff can propose it. */
@Injectable()
export class PreviewHardshipOptionUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly assessment: HardshipAssessment,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  execute(command: PreviewHardshipOptionCommand): Promise<HardshipPreviewView> {
    return this.transactions.run(async () => {
      const loan = await this.loans.find(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      requireActive(loan);
      const request = await this.hardship.findRequest(loan.id, command.requestId);
      if (!request)
        throw new NotFoundError(
          'HARDSHIP_REQUEST_NOT_FOUND',
          `no hardship request ${command.requestId} on this loan`,
        );
      if (request.status === 'APPROVED' || request.status === 'WITHDRAWN')
        throw new DomainError('HARDSHIP_REQUEST_CLOSED', 'conflict', `the request is ${request.status}`);
      const { eligibleOptions } = await this.assessment.of(loan, request);
      const eligible = eligibleOptions.find((o) => o.option === command.option);
      if (!eligible)
        throw new DomainError(
          'HARDSHIP_OPTION_NOT_ELIGIBLE',
          'invalid',
          `${command.option} is not offered for this loan today`,
        );
      const plan = planOf(command, eligible.maxInstallments);
      const businessDate = this.clock.today(loan.timeZone);
      const current = await this.loans.schedule(loan.id, loan.scheduleVersion);
      let proposed: Installment[];
      try {
        proposed = restructure(
          loan.terms,
          current,
          businessDate,
          plan,
          workingDaysOf(loan.calendarCountry, loan.calendarRegion),
        );
      } catch (error) {
        if (error instanceof RestructureRefused) throw new DomainError(error.code, 'invalid', error.message);
        throw error;
      }
      const split = proposed.findIndex((i) => i.dueDate >= businessDate);
      // The arrangement lasts through the installments the option covers; a longer term or a re-age
      // lasts until the first new installment falls due, then normal servicing resumes.
      const covered = 'installments' in plan ? plan.installments : 1;
      const endsOn = proposed[Math.min(split + covered - 1, proposed.length - 1)]?.dueDate ?? null;
      const { loanId: _loanId, requestId: _requestId, ...parameters } = command;
      const preview: HardshipPreview = {
        id: newId(),
        requestId: request.id,
        loanId: loan.id,
        option: command.option,
        parameters,
        basedOnVersion: loan.scheduleVersion,
        startsOn: businessDate,
        endsOn,
        installments: proposed,
        createdAt: this.clock.now(),
      };
      await this.hardship.addPreview(preview);
      return { preview, loan, current, comparison: compareSchedules(current, proposed, businessDate) };
    });
  }
}
