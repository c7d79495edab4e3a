import { Injectable } from '@nestjs/common';
import { LoanHardshipArrangementStartedV1, LoanRestructuredV1 } from '@crm/contracts';
import { Clock, DomainError, Money, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { HardshipArrangement } from '../../domain/hardship';
import { zeroPortions } from '../../domain/schedule/installment';
import { maturityDate, regularInstallment } from '../../domain/schedule/schedule';
import { requireRequest } from '../hardship-request-loader';
import { HardshipRepository } from '../hardship.repository';
import { LoanLedger } from '../loan-ledger';
import { loanNotFound, requireActive } from '../loan-errors';
import { LoanRepository } from '../loan.repository';
import type { ApproveHardshipArrangementCommand } from './approve-hardship-arrangement.command';

/**
 * The checker's step: a second staff member approves the accepted proposal, and it is applied — the
 * new schedule becomes a new version (the old one is kept), the arrangement starts and collections
 * contact stops. Maker–checker: the proposer can never approve their own proposal.
 */
@Injectable()
export class ApproveHardshipArrangementUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly ledger: LoanLedger,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: ApproveHardshipArrangementCommand): Promise<HardshipArrangement> {
    return this.transactions.run(async () => {
      const loan = await this.loans.lock(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      requireActive(loan);
      const request = await requireRequest(this.hardship, loan.id, command.requestId);
      if (request.status !== 'ACCEPTED' || !request.proposal)
        throw new DomainError(
          'HARDSHIP_NOT_ACCEPTED',
          'conflict',
          'only a proposal the customer accepted can be approved',
        );
      if (request.proposal.proposedBy === command.approvedBy)
        throw new DomainError(
          'HARDSHIP_SAME_APPROVER',
          'conflict',
          'the staff member who proposed cannot also approve (maker–checker)',
        );
      const preview = await this.hardship.findPreview(request.id, request.proposal.previewId);
      if (!preview || preview.basedOnVersion !== loan.scheduleVersion)
        throw new DomainError(
          'SCHEDULE_CHANGED',
          'conflict',
          'the schedule changed since the preview; preview again',
        );
      if ((await this.hardship.arrangements(loan.id)).some((a) => a.status === 'ACTIVE'))
        throw new DomainError(
          'HARDSHIP_ARRANGEMENT_ACTIVE',
          'conflict',
          'the loan already has an active arrangement',
        );

      const now = this.clock.now();
      const previous = await this.loans.schedule(loan.id, loan.scheduleVersion);
      const next = preview.installments.map((i) => ({ ...i, paid: zeroPortions() }));
      loan.scheduleVersion += 1;
      loan.terms = { ...loan.terms, numberOfRepayments: next.length };
      await this.loans.addScheduleVersion(loan.id, loan.scheduleVersion, next);
      await this.ledger.settle(loan);

      const arrangement: HardshipArrangement = {
        id: newId(),
        loanId: loan.id,
        requestId: request.id,
        option: preview.option,
        startsOn: preview.startsOn,
        endsOn: preview.endsOn,
        status: 'ACTIVE',
        endReason: null,
        startedAt: now,
        endedAt: null,
      };
      await this.hardship.addArrangement(arrangement);
      request.status = 'APPROVED';
      request.approvedBy = command.approvedBy;
      request.approvedAt = now;
      await this.hardship.saveRequest(request);
      await this.audit.record({
        action: 'loan.hardship.approve',
        resourceType: 'hardship-request',
        resourceId: request.id,
        outcome: 'success',
      });

      const minor = Money.minorUnits(loan.terms.currency);
      const base = { loanId: loan.id, customerId: loan.customerId, currency: loan.terms.currency };
      const meta = { subject: `loans/${loan.id}`, occurredAt: now };
      await this.events.publish(
        newEvent(
          LoanRestructuredV1,
          loan.customerId,
          {
            ...base,
            option: preview.option,
            arrangementId: arrangement.id,
            scheduleVersion: loan.scheduleVersion,
            previousInstallmentAmount: regularInstallment(previous, preview.startsOn).toFixed(minor),
            installmentAmount: regularInstallment(next, preview.startsOn).toFixed(minor),
            previousNumberOfRepayments: previous.length,
            numberOfRepayments: next.length,
            previousMaturityDate: maturityDate(previous),
            maturityDate: maturityDate(next),
            restructuredAt: now.toISOString(),
          },
          meta,
        ),
        newEvent(
          LoanHardshipArrangementStartedV1,
          loan.customerId,
          {
            ...base,
            arrangementId: arrangement.id,
            option: preview.option,
            startsOn: arrangement.startsOn,
            endsOn: arrangement.endsOn,
            startedAt: now.toISOString(),
          },
          meta,
        ),
      );
      return arrangement;
    });
  }
}
