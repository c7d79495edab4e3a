import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { rescheduleFollowUp, type FollowUp } from '../../domain/follow-up';
import { FollowUpRepository } from '../follow-up.repository';
import type { RescheduleFollowUpCommand } from './reschedule-follow-up.command';

@Injectable()
export class RescheduleFollowUpUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RescheduleFollowUpCommand): Promise<FollowUp> {
    return this.transactions.run(async () => {
      const followUp = await this.followUps.getForUpdate(command.followUpId);
      if (!followUp) throw new NotFoundError('FOLLOW_UP_NOT_FOUND', `no follow-up ${command.followUpId}`);
      const rescheduled = rescheduleFollowUp(followUp, command.dueAt, this.clock.now(), command.reason);
      await this.followUps.reschedule(rescheduled.id, rescheduled.dueAt, rescheduled.reason);
      await this.audit.record({
        action: 'follow-up.reschedule',
        resourceType: 'follow-up',
        resourceId: followUp.id,
        outcome: 'success',
      });
      return rescheduled;
    });
  }
}
