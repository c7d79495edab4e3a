import type { InteractionFacts } from '../../domain/interaction';

export interface CorrectInteractionCommand extends InteractionFacts {
  /** The interaction being corrected. */
  interactionId: string;
}
