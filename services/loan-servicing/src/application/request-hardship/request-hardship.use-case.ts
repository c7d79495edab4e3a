import { Injectable } from '@nestjs/common';
import { LoanHardshipRequestedV1 } from '@crm/contracts';
import { Clock, Decimal, DomainError, canonicalizeLocale, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { HardshipRequest } from '../../domain/hardship';
import { HardshipAssessment } from '../hardship-assessment';
import type { HardshipRequestView } from '../hardship-view';
import { HardshipRepository } from '../hardship.repository';
import { loanNotFound, requireActive } from '../loan-errors';
import { LoanRiskAssessor } from '../loan-risk-assessor';
import { LoanRepository } from '../loan.repository';
import type { RequestHardshipCommand } from './request-hardship.command';

@Injectable()
export class RequestHardshipUseCase {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly assessment: HardshipAssessment,
    private readonly risk: LoanRiskAssessor,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  execute(command: RequestHardshipCommand): Promise<HardshipRequestView> {
    return this.transactions.run(async () => {
      const loan = await this.loans.lock(command.loanId);
      if (!loan) throw loanNotFound(command.loanId);
      requireActive(loan);
      const income = new Decimal(command.monthlyIncome);
      const expenses = new Decimal(command.monthlyExpenses);
      const now = this.clock.now();
      const request: HardshipRequest = {
        id: newId(),
        loanId: loan.id,
        customerId: loan.customerId,
        reasons: [...new Set(command.reasons)],
        monthlyIncome: income,
        monthlyExpenses: expenses,
        requestedHelp: [...new Set(command.requestedHelp)],
        channel: command.channel,
        language: canonicalizeLocale(command.language) ?? command.language,
        notes: command.notes ?? null,
        status: 'OPEN',
        requestedAt: now,
        proposal: null,
        acceptance: null,
        approvedBy: null,
        approvedAt: null,
      };
      if (request.reasons.length === 0)
        throw new DomainError('HARDSHIP_REASON_REQUIRED', 'invalid', 'give at least one reason');
      await this.hardship.addRequest(request);
      await this.audit.record({
        action: 'loan.hardship.request',
        resourceType: 'hardship-request',
        resourceId: request.id,
        fields: ['reasons', 'monthlyIncome', 'monthlyExpenses', ...(request.notes ? ['notes'] : [])],
        outcome: 'success',
      });
      // The reason stays here: it can reveal health or family matters (GDPR Art. 9).
      await this.events.publish(
        newEvent(
          LoanHardshipRequestedV1,
          loan.customerId,
          {
            loanId: loan.id,
            customerId: loan.customerId,
            currency: loan.terms.currency,
            requestId: request.id,
            channel: request.channel,
            language: request.language,
            requestedAt: now.toISOString(),
          },
          { subject: `loans/${loan.id}`, occurredAt: now },
        ),
      );
      await this.risk.reassess(loan, loan.daysPastDue);
      await this.loans.update(loan);
      return this.assessment.of(loan, request);
    });
  }
}
