import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { recordInteraction, type Interaction } from '../../domain/interaction';
import { InteractionJournal } from '../interaction-journal';
import type { RecordInteractionCommand } from './record-interaction.command';

@Injectable()
export class RecordInteractionUseCase {
  constructor(
    private readonly journal: InteractionJournal,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, ...facts }: RecordInteractionCommand): Promise<Interaction> {
    const interaction = recordInteraction(newId(), customerId, facts, this.clock.now());
    await this.transactions.run(() => this.journal.append(interaction));
    return interaction;
  }
}
