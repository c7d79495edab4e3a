import type { ObservedUse } from '../domain/channel-profile';
import type { Interaction } from '../domain/interaction';

export abstract class InteractionRepository {
  abstract add(interaction: Interaction): Promise<void>;
  abstract get(id: string): Promise<Interaction | undefined>;
  /** The original and every correction of it, oldest first. */
  abstract history(id: string): Promise<Interaction[]>;
  /** What the customer's current (not superseded) interactions show, hours in `timeZone`. */
  abstract observedUse(customerId: string, timeZone: string): Promise<ObservedUse>;
  /** Erasure: summaries become null; returns how many were erased. */
  abstract eraseSummaries(customerId: string): Promise<number>;
}
