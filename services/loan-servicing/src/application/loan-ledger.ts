import { Injectable } from '@nestjs/common';
import { LoanClosedV1 } from '@crm/contracts';
import { Clock, Decimal } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import type { LoanAccount } from '../domain/loan';
import {
  allocateRepayments,
  statusAfterAllocation,
  type RepaymentAllocation,
} from '../domain/repayment-allocation';
import { outstandingOf, type Installment } from '../domain/schedule/installment';
import { LoanServicingSettings } from '../loan-servicing.settings';
import { LoanRepository } from './loan.repository';

export interface SettledLoan {
  installments: Installment[];
  allocations: Map<string, RepaymentAllocation>;
  /** What the customer still owes, less any credit. */
  outstanding: Decimal;
}

/**
 * Keeps what was paid consistent with the repayments: every change (a payment, a reversal, a new
 * schedule) replays allocation from scratch over the current schedule, then closes or reopens the
 * loan. Runs inside the caller's transaction, with the loan locked.
 */
@Injectable()
export class LoanLedger {
  constructor(
    private readonly loans: LoanRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly settings: LoanServicingSettings,
  ) {}

  async settle(loan: LoanAccount): Promise<SettledLoan> {
    const schedule = await this.loans.schedule(loan.id, loan.scheduleVersion);
    const repayments = (await this.loans.repayments(loan.id)).filter((r) => r.reversedAt === null);
    const result = allocateRepayments(schedule, repayments, this.settings.allocationOrder);
    await this.loans.savePaid(loan.id, loan.scheduleVersion, result.installments);
    const allocations = new Map(result.allocations.map((a) => [a.repaymentId, a]));
    for (const repayment of repayments) {
      await this.loans.saveRepayment({ ...repayment, allocation: allocations.get(repayment.id) ?? null });
    }
    const status = statusAfterAllocation(result.installments, result.credit);
    const wasActive = loan.status === 'ACTIVE';
    loan.credit = result.credit;
    loan.status = status;
    if (status === 'ACTIVE') loan.closedAt = null;
    else if (wasActive) {
      loan.closedAt = this.clock.now();
      await this.events.publish(
        newEvent(
          LoanClosedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: loan.terms.currency,
            status,
            closedAt: loan.closedAt.toISOString(),
          },
          { subject: `loans/${loan.id}`, occurredAt: loan.closedAt },
        ),
      );
    }
    await this.loans.update(loan);
    const owed = result.installments
      .reduce((sum, i) => sum.plus(outstandingOf(i)), new Decimal(0))
      .minus(result.credit);
    return { installments: result.installments, allocations, outstanding: Decimal.max(owed, 0) };
  }
}
