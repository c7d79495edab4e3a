import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { assertOpen, type FollowUp } from '../../domain/follow-up';
import { FollowUpRepository } from '../follow-up.repository';
import { RecordInteractionUseCase } from '../record-interaction/record-interaction.use-case';
import type { CompleteFollowUpCommand } from './complete-follow-up.command';

@Injectable()
export class CompleteFollowUpUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly recordInteraction: RecordInteractionUseCase,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ followUpId, ...facts }: CompleteFollowUpCommand): Promise<FollowUp> {
    return this.transactions.run(async () => {
      // The row lock makes a concurrent second completion wait, then find it completed.
      const followUp = await this.followUps.getForUpdate(followUpId);
      if (!followUp) throw new NotFoundError('FOLLOW_UP_NOT_FOUND', `no follow-up ${followUpId}`);
      assertOpen(followUp);
      const interaction = await this.recordInteraction.execute({
        ...facts,
        customerId: followUp.customerId,
        ...(followUp.loanId ? { loanId: followUp.loanId } : {}),
        ...(followUp.complaintId ? { complaintId: followUp.complaintId } : {}),
      });
      const completedAt = this.clock.now();
      await this.followUps.complete(followUp.id, completedAt, interaction.id);
      return { ...followUp, completedAt, completionInteractionId: interaction.id };
    });
  }
}
