import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, newId } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { correctInteraction, type Interaction } from '../../domain/interaction';
import { InteractionJournal } from '../interaction-journal';
import { InteractionRepository } from '../interaction.repository';
import type { CorrectInteractionCommand } from './correct-interaction.command';

/** A correction never edits the original: it appends a new interaction that supersedes it. */
@Injectable()
export class CorrectInteractionUseCase {
  constructor(
    private readonly interactions: InteractionRepository,
    private readonly journal: InteractionJournal,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ interactionId, ...facts }: CorrectInteractionCommand): Promise<Interaction> {
    return this.transactions.run(async () => {
      const original = await this.interactions.get(interactionId);
      if (!original) throw new NotFoundError('INTERACTION_NOT_FOUND', `no interaction ${interactionId}`);
      const correction = correctInteraction(original, newId(), facts, this.clock.now());
      const [root] = await this.interactions.history(original.id);
      await this.journal.append(correction, root?.id ?? original.id);
      return correction;
    });
  }
}
