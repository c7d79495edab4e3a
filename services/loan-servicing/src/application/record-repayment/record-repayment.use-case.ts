import { Injectable } from '@nestjs/common';
import { LoanPaymentReceivedV1 } from '@crm/contracts';
import { Clock, Decimal, DomainError, Money, localDateOf, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { Repayment } from '../../domain/loan';
import { LoanLedger } from '../loan-ledger';
import { loanNotFound, requireActive } from '../loan-errors';
import { LoanRepository } from '../loan.repository';
import type { RepaymentOutcome } from '../repayment-view';
import type { RecordRepaymentCommand } from './record-repayment.command';

@Injectable()
export class RecordRepaymentUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly ledger: LoanLedger,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: RecordRepaymentCommand): Promise<RepaymentOutcome> {
    return this.transactions.run(async () => {
      const loan = await this.loans.lock(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      requireActive(loan);
      const minor = Money.minorUnits(loan.terms.currency);
      const amount = new Decimal(command.amount);
      if (amount.lte(0) || amount.decimalPlaces() > minor)
        throw new DomainError(
          'REPAYMENT_AMOUNT_INVALID',
          'invalid',
          `amount must be positive with at most ${minor} decimals`,
        );
      const paidAt = new Date(command.paidAt);
      const now = this.clock.now();
      if (paidAt.getTime() > now.getTime())
        throw new DomainError('REPAYMENT_IN_FUTURE', 'invalid', 'paidAt is later than now');
      const repayment: Repayment = {
        id: newId(),
        loanId: loan.id,
        amount,
        paidAt,
        paidOn: localDateOf(paidAt, loan.timeZone),
        allocation: null,
        recordedAt: now,
        reversedAt: null,
      };
      await this.loans.addRepayment(repayment);
      const settled = await this.ledger.settle(loan);
      const allocation = settled.allocations.get(repayment.id) ?? null;
      const recorded = { ...repayment, allocation };
      await this.audit.record({
        action: 'loan.repayment.record',
        resourceType: 'loan',
        resourceId: loan.id,
        outcome: 'success',
      });
      const totals = allocation?.totals;
      const fixed = (value: Decimal | undefined) => (value ?? new Decimal(0)).toFixed(minor);
      await this.events.publish(
        newEvent(
          LoanPaymentReceivedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: loan.terms.currency,
            repaymentId: repayment.id,
            amount: amount.toFixed(minor),
            paidAt: paidAt.toISOString(),
            allocation: {
              principal: fixed(totals?.principal),
              interest: fixed(totals?.interest),
              fees: fixed(totals?.fees),
              penalties: fixed(totals?.penalties),
              credit: fixed(allocation?.credit),
            },
            outstanding: settled.outstanding.toFixed(minor),
          },
          { subject: `loans/${loan.id}`, occurredAt: now },
        ),
      );
      return { loan, repayment: recorded, outstanding: settled.outstanding };
    });
  }
}
