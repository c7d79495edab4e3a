import type { EventDefinition } from './event-definition';
import { CustomerRegisteredV1 } from './events/customer-registered.v1';

/** Every event type of the platform. Adding one here publishes it in the AsyncAPI document. */
export const EVENT_CATALOG: readonly EventDefinition[] = [CustomerRegisteredV1];

const byType = new Map(EVENT_CATALOG.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition<unknown> | undefined {
  return byType.get(type);
}
