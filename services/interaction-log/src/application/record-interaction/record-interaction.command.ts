import type { InteractionFacts } from '../../domain/interaction';

export interface RecordInteractionCommand extends InteractionFacts {
  customerId: string;
}
