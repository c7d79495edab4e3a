import { Injectable } from '@nestjs/common';
import { Clock } from '@crm/kernel';
import { EventPublisher } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { ActiveSegmentationRules } from '../active-segmentation-rules';
import { CustomerSignalsRepository } from '../customer-signals.repository';
import { reassessmentEvents } from '../reassessment-events';
import type { RecordBehaviourCommand } from './record-behaviour.command';

/**
 * Adds what another service reported about a customer's behaviour to their signals, re-applies the
 * rules and publishes what changed. Runs in the consumer's inbox transaction: a redelivered event
 * changes nothing.
 */
@Injectable()
export class RecordBehaviourUseCase {
  constructor(
    private readonly signals: CustomerSignalsRepository,
    private readonly rules: ActiveSegmentationRules,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordBehaviourCommand): Promise<void> {
    await this.transactions.run(async () => {
      const signals = await this.signals.lockOrStart(command.customerId);
      if (!signals) return; // erased: the bank no longer profiles this customer (GDPR Art. 17, 21)
      const now = this.clock.now();
      signals.observe(command.observation);
      const reassessment = signals.reassess(this.rules.rules, now);
      await this.signals.save(signals, reassessment.nextReviewAt, now);
      const events = reassessmentEvents(command.customerId, reassessment, now);
      if (events.length > 0) await this.events.publish(...events);
    });
  }
}
