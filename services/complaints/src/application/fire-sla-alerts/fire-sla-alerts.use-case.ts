import { Injectable } from '@nestjs/common';
import { ComplaintSlaAtRiskV1, ComplaintSlaBreachedV1, type ComplaintMilestone } from '@crm/contracts';
import { Clock, Decimal } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { ComplaintsSettings } from '../../complaints.settings';
import { eventBase } from '../complaint-events';
import { ComplaintRepository, SlaRepository, type SlaCandidate } from '../complaint.repository';

const BATCH = 100;

/**
 * Fires `sla-at-risk` when the configured share of the time to a milestone is used and `sla-breached`
 * when its deadline ends without it. Each alert is claimed (primary key) in the same transaction that
 * publishes its event, so with several replicas each fires exactly once.
 */
@Injectable()
export class FireSlaAlertsUseCase {
  constructor(
    private readonly sla: SlaRepository,
    private readonly complaints: ComplaintRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly settings: ComplaintsSettings,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    const share = this.settings.COMPLAINTS_SLA_AT_RISK_SHARE;
    let fired = 0;
    for (const kind of ['breached', 'at-risk'] as const) {
      const candidates = await this.sla.due(kind, now, share, BATCH);
      for (const candidate of candidates) {
        if (await this.fire(candidate, kind, now)) fired++;
      }
    }
    return fired;
  }

  private fire(candidate: SlaCandidate, kind: 'at-risk' | 'breached', now: Date): Promise<boolean> {
    return this.transactions.run(async () => {
      if (!(await this.sla.claim(candidate, kind, now))) return false;
      const complaint = await this.complaints.findById(candidate.complaintId);
      if (!complaint) return false;
      const total = candidate.dueAt.getTime() - candidate.startsAt.getTime();
      const used = Decimal.min(
        1,
        new Decimal(now.getTime() - candidate.startsAt.getTime()).div(Math.max(total, 1)),
      );
      await this.events.publish(
        newEvent(
          kind === 'at-risk' ? ComplaintSlaAtRiskV1 : ComplaintSlaBreachedV1,
          complaint.snapshot.customerId,
          {
            ...eventBase(complaint),
            milestone: candidate.milestone as ComplaintMilestone,
            deadline: candidate.dueDate,
            deadlineTimeZone: candidate.timeZone,
            shareUsed: used.toDecimalPlaces(2).toFixed(2),
            detectedAt: now.toISOString(),
          },
          { subject: `complaints/${candidate.complaintId}`, occurredAt: now },
        ),
      );
      return true;
    });
  }
}
