import { Injectable } from '@nestjs/common';
import { ComplaintReceivedV1 } from '@crm/contracts';
import { Clock, DomainError, canonicalizeLocale, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { Complaint } from '../../domain/complaint';
import { parseJurisdiction } from '../../domain/regulatory-clock/jurisdiction';
import { selectRegime } from '../../domain/regulatory-clock/regime-rules';
import { RegulatoryClock } from '../../domain/regulatory-clock/regulatory-clock';
import { eventBase } from '../complaint-events';
import { ComplaintRepository } from '../complaint.repository';
import type { SubmitComplaintCommand } from './submit-complaint.command';

@Injectable()
export class SubmitComplaintUseCase {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly engine: RegulatoryClock,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: SubmitComplaintCommand): Promise<Complaint> {
    const jurisdiction = parseJurisdiction(command.jurisdiction);
    if (!jurisdiction) {
      throw new DomainError(
        'COMPLAINT_JURISDICTION_UNSUPPORTED',
        'invalid',
        `bad jurisdiction ${command.jurisdiction}`,
      );
    }
    const regime = selectRegime(jurisdiction, command.product, command.regimeOverride);
    if (!regime) {
      throw new DomainError(
        'COMPLAINT_NO_REGIME',
        'invalid',
        `no complaint regime covers ${command.jurisdiction}; choose one with regimeOverride and a reason`,
      );
    }
    const now = this.clock.now();
    const receivedAt = new Date(command.receivedAt);
    if (receivedAt.getTime() > now.getTime()) {
      throw new DomainError('COMPLAINT_RECEIVED_IN_FUTURE', 'invalid', 'receivedAt is later than now');
    }
    const complaint = Complaint.receive(
      newId(),
      {
        customerId: command.customerId,
        submittedVia: command.submittedVia,
        receivedAt,
        jurisdiction: command.jurisdiction,
        language: canonicalizeLocale(command.language) ?? command.language,
        product: command.product,
        ...(command.subProduct ? { subProduct: command.subProduct } : {}),
        issue: command.issue,
        ...(command.subIssue ? { subIssue: command.subIssue } : {}),
        description: command.description,
        desiredOutcome: command.desiredOutcome,
        ...(command.loanId ? { loanId: command.loanId } : {}),
        ...(command.interactionId ? { interactionId: command.interactionId } : {}),
        ...(command.regulatorReference ? { regulatorReference: command.regulatorReference } : {}),
        narrativePublicationConsent: command.narrativePublicationConsent,
        hasLegalOrRegulatoryImpact: command.hasLegalOrRegulatoryImpact ?? false,
      },
      regime,
      this.engine,
      now,
    );
    const c = complaint.snapshot;
    await this.transactions.run(async () => {
      await this.complaints.add(complaint);
      await this.audit.record({
        action: 'complaint.receive',
        resourceType: 'complaint',
        resourceId: c.id,
        fields: ['description', 'desiredOutcome'],
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          ComplaintReceivedV1,
          c.customerId,
          {
            ...eventBase(complaint),
            submittedVia: c.submittedVia,
            receivedAt: c.receivedAt.toISOString(),
            jurisdiction: c.jurisdiction,
            product: c.product,
            issue: c.issue,
            deadlines: complaint.deadlines,
            deadlineTimeZone: c.clock.timeZone,
            ...(c.interactionId ? { interactionId: c.interactionId } : {}),
          },
          { subject: `complaints/${c.id}`, occurredAt: now },
        ),
      );
    });
    return complaint;
  }
}
