import type { SchemaObject } from 'ajv';
import type { ServiceName } from './topics';

/**
 * One event type of the platform: its versioned name (`crm.<entity>.<past-tense-verb>.v<N>`), the
 * services that publish it (each on its own topic), the JSON Schema of its `data` and a typed example.
 * Evolution is backward compatible: add optional fields; never rename or repurpose one — a breaking
 * change is a new `v<N+1>` type.
 */
export interface EventDefinition<TData = unknown> {
  readonly type: string;
  /** Usually one service; `crm.privacy.erasure-completed.v1` is published by every service. */
  readonly producers: readonly ServiceName[];
  readonly summary: string;
  readonly dataSchema: SchemaObject;
  /**
   * Typed against the data type by the compiler and validated against the schema by a unit test, so
   * the TypeScript type and the JSON Schema cannot drift apart; also the AsyncAPI example.
   */
  readonly example: TData;
}

/** `crm.<entity>.<verb>.v<N>`: the shape of every event type's name. */
export const EVENT_TYPE_PATTERN = /^crm\.[a-z-]+\.[a-z-]+\.v\d+$/;

export function defineEvent<TData>(definition: EventDefinition<TData>): EventDefinition<TData> {
  if (!EVENT_TYPE_PATTERN.test(definition.type)) {
    throw new Error(`event type ${definition.type} does not follow crm.<entity>.<verb>.v<N>`);
  }
  return definition;
}
