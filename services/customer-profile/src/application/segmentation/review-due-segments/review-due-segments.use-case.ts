import { Injectable } from '@nestjs/common';
import { Clock } from '@crm/kernel';
import { EventPublisher } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { ActiveSegmentationRules } from '../active-segmentation-rules';
import { CustomerSignalsRepository } from '../customer-signals.repository';
import { reassessmentEvents } from '../reassessment-events';

const BATCH = 100;

/**
 * Re-assesses customers whose signals changed by the passing of time alone (no activity for the
 * dormancy window, interactions leaving a window). Each batch is claimed with SKIP LOCKED in the
 * transaction that saves and publishes, so replicas running it at once review each customer once.
 */
@Injectable()
export class ReviewDueSegmentsUseCase {
  constructor(
    private readonly signals: CustomerSignalsRepository,
    private readonly rules: ActiveSegmentationRules,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Returns how many customers changed segment or churn band. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    let changed = 0;
    for (;;) {
      const batch = await this.transactions.run(async () => {
        const due = await this.signals.lockDueForReview(now, BATCH);
        for (const signals of due) {
          const reassessment = signals.reassess(this.rules.rules, now);
          await this.signals.save(signals, reassessment.nextReviewAt, now);
          const events = reassessmentEvents(signals.snapshot.customerId, reassessment, now);
          if (events.length > 0) {
            await this.events.publish(...events);
            changed += 1;
          }
        }
        return due.length;
      });
      if (batch < BATCH) return changed;
    }
  }
}
