import { Injectable } from '@nestjs/common';
import { LoanPaymentReversedV1 } from '@crm/contracts';
import { Clock, DomainError, Money, NotFoundError } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { LoanLedger } from '../loan-ledger';
import { loanNotFound } from '../loan-errors';
import { LoanRepository } from '../loan.repository';
import type { RepaymentOutcome } from '../repayment-view';
import type { ReverseRepaymentCommand } from './reverse-repayment.command';

/** Reverses a repayment (a bounced payment, a mistake): allocation is replayed without it. */
@Injectable()
export class ReverseRepaymentUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly ledger: LoanLedger,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: ReverseRepaymentCommand): Promise<RepaymentOutcome> {
    return this.transactions.run(async () => {
      const loan = await this.loans.lock(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      const repayment = (await this.loans.repayments(loan.id)).find((r) => r.id === command.repaymentId);
      if (!repayment)
        throw new NotFoundError('REPAYMENT_NOT_FOUND', `no repayment ${command.repaymentId} on this loan`);
      if (repayment.reversedAt)
        throw new DomainError(
          'REPAYMENT_ALREADY_REVERSED',
          'conflict',
          'this repayment was already reversed',
        );
      const now = this.clock.now();
      const reversed = { ...repayment, reversedAt: now, allocation: null };
      await this.loans.saveRepayment(reversed);
      // A closed loan reopens when the replay leaves something unpaid.
      const settled = await this.ledger.settle(loan);
      await this.audit.record({
        action: 'loan.repayment.reverse',
        resourceType: 'loan',
        resourceId: loan.id,
        outcome: 'success',
      });
      const minor = Money.minorUnits(loan.terms.currency);
      await this.events.publish(
        newEvent(
          LoanPaymentReversedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: loan.terms.currency,
            repaymentId: repayment.id,
            amount: repayment.amount.toFixed(minor),
            reversedAt: now.toISOString(),
            outstanding: settled.outstanding.toFixed(minor),
          },
          { subject: `loans/${loan.id}`, occurredAt: now },
        ),
      );
      return { loan, repayment: reversed, outstanding: settled.outstanding };
    });
  }
}
