import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { scheduleFollowUp, type FollowUp } from '../../domain/follow-up';
import { FollowUpRepository } from '../follow-up.repository';
import type { ScheduleFollowUpCommand } from './schedule-follow-up.command';

@Injectable()
export class ScheduleFollowUpUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: ScheduleFollowUpCommand): Promise<FollowUp> {
    const followUp = scheduleFollowUp({ ...command, id: newId() }, this.clock.now());
    await this.transactions.run(async () => {
      await this.followUps.add(followUp);
      await this.audit.record({
        action: 'follow-up.schedule',
        resourceType: 'follow-up',
        resourceId: followUp.id,
        outcome: 'success',
      });
    });
    return followUp;
  }
}
