import { Injectable } from '@nestjs/common';
import { LoanHardshipArrangementEndedV1 } from '@crm/contracts';
import { Clock, DomainError, NotFoundError, addDays } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { HardshipArrangement } from '../../domain/hardship';
import { HardshipRepository } from '../hardship.repository';
import { loanNotFound } from '../loan-errors';
import { LoanRepository } from '../loan.repository';
import type { CancelHardshipArrangementCommand } from './cancel-hardship-arrangement.command';

/** Ends an arrangement early: ageing resumes from today; the restructured schedule stays. */
@Injectable()
export class CancelHardshipArrangementUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: CancelHardshipArrangementCommand): Promise<HardshipArrangement> {
    return this.transactions.run(async () => {
      const loan = await this.loans.lock(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      const arrangement = (await this.hardship.arrangements(loan.id)).find(
        (a) => a.id === command.arrangementId,
      );
      if (!arrangement)
        throw new NotFoundError(
          'HARDSHIP_ARRANGEMENT_NOT_FOUND',
          `no arrangement ${command.arrangementId} on this loan`,
        );
      if (arrangement.status !== 'ACTIVE')
        throw new DomainError('HARDSHIP_ARRANGEMENT_ENDED', 'conflict', 'the arrangement has already ended');
      const now = this.clock.now();
      const yesterday = addDays(this.clock.today(loan.timeZone), -1);
      arrangement.status = 'ENDED';
      arrangement.endReason = 'cancelled';
      arrangement.endedAt = now;
      arrangement.endsOn =
        arrangement.endsOn === null || arrangement.endsOn > yesterday ? yesterday : arrangement.endsOn;
      await this.hardship.saveArrangement(arrangement);
      await this.audit.record({
        action: 'loan.hardship.cancel',
        resourceType: 'hardship-arrangement',
        resourceId: arrangement.id,
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          LoanHardshipArrangementEndedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: loan.terms.currency,
            arrangementId: arrangement.id,
            reason: 'cancelled',
            endedAt: now.toISOString(),
          },
          { subject: `loans/${loan.id}`, occurredAt: now },
        ),
      );
      return arrangement;
    });
  }
}
