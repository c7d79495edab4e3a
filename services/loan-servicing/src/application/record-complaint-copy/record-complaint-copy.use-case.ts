import { Injectable } from '@nestjs/common';
import { LoanRiskAssessor } from '../loan-risk-assessor';
import { LoanRepository } from '../loan.repository';
import { LocalCopyRepository } from '../local-copy.repository';
import type { RecordComplaintCopyCommand } from './record-complaint-copy.command';

/**
 * Tracks whether complaints about a loan are open (from the complaints service's events) and
 * reassesses the loan's early warning: an open complaint about the loan is a behavioural signal.
 * Runs in the inbox transaction of the event.
 */
@Injectable()
export class RecordComplaintCopyUseCase {
  constructor(
    private readonly copies: LocalCopyRepository,
    private readonly loans: LoanRepository,
    private readonly risk: LoanRiskAssessor,
  ) {}

  async execute(command: RecordComplaintCopyCommand): Promise<void> {
    await this.copies.saveComplaint(command, command.at);
    const loan = await this.loans.lock(command.loanId);
    if (!loan || loan.customerId !== command.customerId || loan.status !== 'ACTIVE') return;
    await this.risk.reassess(loan, loan.daysPastDue);
    await this.loans.update(loan);
  }
}
