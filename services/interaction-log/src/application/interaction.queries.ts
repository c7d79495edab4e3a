import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import type { Interaction } from '../domain/interaction';
import { InteractionRepository } from './interaction.repository';

@Injectable()
export class InteractionQueries {
  constructor(private readonly interactions: InteractionRepository) {}

  async get(id: string): Promise<Interaction> {
    const interaction = await this.interactions.get(id);
    if (!interaction) throw new NotFoundError('INTERACTION_NOT_FOUND', `no interaction ${id}`);
    return interaction;
  }

  async history(id: string): Promise<Interaction[]> {
    const chain = await this.interactions.history(id);
    if (chain.length === 0) throw new NotFoundError('INTERACTION_NOT_FOUND', `no interaction ${id}`);
    return chain;
  }
}
