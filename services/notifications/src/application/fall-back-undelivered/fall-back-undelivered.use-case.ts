import { Injectable } from '@nestjs/common';
import { Clock } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { NotificationRepository } from '../notification.repository';

/**
 * Cross-channel fallback: a message sent on a step with a timeout and not confirmed delivered (or read)
 * by then moves to the workflow's next step, e.g. push not delivered within an hour → SMS → letter.
 * The dispatcher then picks the next step's channel.
 */
@Injectable()
export class FallBackUndeliveredUseCase {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    return this.transactions.run(async () => {
      const timedOut = await this.notifications.claimTimedOut(now, 500);
      for (const notification of timedOut) {
        await this.notifications.setStatus(notification.id, 'scheduled', now, {
          stepIndex: notification.stepIndex + 1,
          scheduledFor: now,
          reason: 'STEP_TIMED_OUT',
        });
      }
      return timedOut.length;
    });
  }
}
