import { Injectable } from '@nestjs/common';
import type { InteractionRecordedV1Data } from '@crm/contracts';
import { InvolvementRepository } from '../complaint.repository';

/** Keeps who took part in each interaction, so that they can be recused from a complaint about it. */
@Injectable()
export class RecordInteractionInvolvementUseCase {
  constructor(private readonly involvement: InvolvementRepository) {}

  async execute(data: InteractionRecordedV1Data): Promise<void> {
    if (!data.staffId) return;
    await this.involvement.record(data.interactionId, data.customerId, data.staffId);
    // A correction concerns the same conversation: its staff are involved in the original too.
    if (data.supersedes) await this.involvement.record(data.supersedes, data.customerId, data.staffId);
  }
}
