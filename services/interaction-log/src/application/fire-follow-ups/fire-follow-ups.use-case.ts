import { Injectable } from '@nestjs/common';
import { FollowUpDueV1, FollowUpOverdueV1, type FollowUpV1Data } from '@crm/contracts';
import { Clock } from '@crm/kernel';
import { newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import type { FollowUp } from '../../domain/follow-up';
import { InteractionLogSettings } from '../../interaction-log.settings';
import { FollowUpRepository } from '../follow-up.repository';
import { OwnEvents } from '../own-events';

const BATCH = 100;

function eventData(followUp: FollowUp): FollowUpV1Data {
  return {
    followUpId: followUp.id,
    customerId: followUp.customerId,
    dueAt: followUp.dueAt.toISOString(),
    reason: followUp.reason,
    ...(followUp.assignedStaffId ? { assignedStaffId: followUp.assignedStaffId } : {}),
    ...(followUp.assignedTeam ? { assignedTeam: followUp.assignedTeam } : {}),
    ...(followUp.interactionId ? { interactionId: followUp.interactionId } : {}),
    ...(followUp.complaintId ? { complaintId: followUp.complaintId } : {}),
    ...(followUp.loanId ? { loanId: followUp.loanId } : {}),
  };
}

/**
 * Publishes `crm.followup.due.v1` for follow-ups that fell due and `crm.followup.overdue.v1` for those
 * missed by the margin. Each batch is claimed, marked and published in one transaction (outbox), so
 * a crash fires nothing twice and replicas skip each other's rows.
 */
@Injectable()
export class FireFollowUpsUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly ownEvents: OwnEvents,
    private readonly transactions: TransactionRunner,
    private readonly settings: InteractionLogSettings,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    let fired = 0;
    for (let batch = BATCH; batch === BATCH; fired += batch) {
      batch = await this.transactions.run(async () => {
        const due = await this.followUps.claimDue(now, BATCH);
        await this.ownEvents.publishOnTimeline(
          ...due.map((f) =>
            newEvent(FollowUpDueV1, f.customerId, eventData(f), { subject: `follow-ups/${f.id}` }),
          ),
        );
        return due.length;
      });
    }
    const margin = this.settings.overdueMarginMs;
    for (let batch = BATCH; batch === BATCH; fired += batch) {
      batch = await this.transactions.run(async () => {
        const overdue = await this.followUps.claimOverdue(now, margin, BATCH);
        await this.ownEvents.publishOnTimeline(
          ...overdue.map((f) =>
            newEvent(
              FollowUpOverdueV1,
              f.customerId,
              { ...eventData(f), overdueAt: new Date(f.dueAt.getTime() + margin).toISOString() },
              { subject: `follow-ups/${f.id}` },
            ),
          ),
        );
        return overdue.length;
      });
    }
    return fired;
  }
}
