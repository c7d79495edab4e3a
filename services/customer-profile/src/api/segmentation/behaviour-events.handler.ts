import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ComplaintClosedV1,
  ComplaintEscalatedV1,
  ComplaintReceivedV1,
  ComplaintResolvedV1,
  InteractionRecordedV1,
  LoanBoardedV1,
  LoanClosedV1,
  LoanDelinquencyChangedV1,
  LoanHardshipRequestedV1,
  LoanPaymentMissedV1,
  LoanPaymentReceivedV1,
  SurveyRespondedV1,
  type ComplaintEventBase,
  type CrmEvent,
  type InteractionRecordedV1Data,
  type LoanBoardedV1Data,
  type LoanClosedV1Data,
  type LoanDelinquencyChangedV1Data,
  type LoanHardshipRequestedV1Data,
  type LoanPaymentMissedV1Data,
  type LoanPaymentReceivedV1Data,
  type SurveyRespondedV1Data,
} from '@crm/contracts';
import { RecordBehaviourUseCase } from '../../application/segmentation/record-behaviour/record-behaviour.use-case';
import type { BehaviourObservation } from '../../domain/segmentation/customer-signals';

/**
 * Other services' events that tell how a customer behaves. Thin: each becomes an observation of
 * behaviour only. The language, channel, interpreter use and regime these events also carry are left
 * here on purpose — the fairness guard starts at this door (see behavioural-signals.ts).
 */
@Controller()
export class BehaviourEventsHandler {
  constructor(private readonly recordBehaviour: RecordBehaviourUseCase) {}

  private record(event: CrmEvent<{ customerId: string }>, observation: BehaviourObservation): Promise<void> {
    return this.recordBehaviour.execute({ customerId: event.data.customerId, observation });
  }

  @EventPattern(LoanBoardedV1.type)
  onLoanBoarded(@Payload() event: CrmEvent<LoanBoardedV1Data>): Promise<void> {
    const { loanId, currency, principal, boardedAt } = event.data;
    return this.record(event, { kind: 'loan-boarded', loanId, currency, principal, at: boardedAt });
  }

  @EventPattern(LoanPaymentReceivedV1.type)
  onPaymentReceived(@Payload() event: CrmEvent<LoanPaymentReceivedV1Data>): Promise<void> {
    const { loanId, currency, outstanding, paidAt } = event.data;
    return this.record(event, { kind: 'payment-received', loanId, currency, outstanding, at: paidAt });
  }

  @EventPattern(LoanPaymentMissedV1.type)
  onPaymentMissed(@Payload() event: CrmEvent<LoanPaymentMissedV1Data>): Promise<void> {
    const { loanId, currency, daysPastDue } = event.data;
    return this.record(event, { kind: 'payment-missed', loanId, currency, daysPastDue, at: event.time });
  }

  @EventPattern(LoanDelinquencyChangedV1.type)
  onDelinquencyChanged(@Payload() event: CrmEvent<LoanDelinquencyChangedV1Data>): Promise<void> {
    const { loanId, currency, daysPastDue } = event.data;
    return this.record(event, { kind: 'delinquency-changed', loanId, currency, daysPastDue, at: event.time });
  }

  @EventPattern(LoanClosedV1.type)
  onLoanClosed(@Payload() event: CrmEvent<LoanClosedV1Data>): Promise<void> {
    const { loanId, currency, closedAt } = event.data;
    return this.record(event, { kind: 'loan-closed', loanId, currency, at: closedAt });
  }

  @EventPattern(LoanHardshipRequestedV1.type)
  onHardshipRequested(@Payload() event: CrmEvent<LoanHardshipRequestedV1Data>): Promise<void> {
    const { loanId, currency, requestedAt } = event.data;
    return this.record(event, { kind: 'hardship-requested', loanId, currency, at: requestedAt });
  }

  @EventPattern(InteractionRecordedV1.type)
  onInteractionRecorded(@Payload() event: CrmEvent<InteractionRecordedV1Data>): Promise<void> {
    const { supersedes, outcome, occurredAt } = event.data;
    return this.record(event, {
      kind: 'interaction-recorded',
      isCorrection: supersedes !== undefined,
      isContact: outcome !== 'no-contact',
      at: occurredAt,
    });
  }

  @EventPattern(ComplaintReceivedV1.type)
  onComplaintReceived(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.complaint(event, 'complaint-received');
  }

  @EventPattern(ComplaintEscalatedV1.type)
  onComplaintEscalated(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.complaint(event, 'complaint-escalated');
  }

  @EventPattern(ComplaintResolvedV1.type)
  onComplaintResolved(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.complaint(event, 'complaint-resolved');
  }

  @EventPattern(ComplaintClosedV1.type)
  onComplaintClosed(@Payload() event: CrmEvent<ComplaintEventBase>): Promise<void> {
    return this.complaint(event, 'complaint-closed');
  }

  private complaint(
    event: CrmEvent<ComplaintEventBase>,
    kind: 'complaint-received' | 'complaint-escalated' | 'complaint-resolved' | 'complaint-closed',
  ): Promise<void> {
    return this.record(event, { kind, complaintId: event.data.complaintId, at: event.time });
  }

  @EventPattern(SurveyRespondedV1.type)
  onSurveyResponded(@Payload() event: CrmEvent<SurveyRespondedV1Data>): Promise<void> {
    const { csat, nps, respondedAt } = event.data;
    return this.record(event, {
      kind: 'survey-responded',
      ...(csat === undefined ? {} : { csat }),
      ...(nps === undefined ? {} : { nps }),
      at: respondedAt,
    });
  }
}
