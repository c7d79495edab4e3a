import type { JSONSchemaType, SchemaObject } from 'ajv';
import type { ServiceName } from './topics';

/**
 * One event type of the platform: its versioned name (`crm.<entity>.<past-tense-verb>.v<N>`), the service
 * that publishes it, and the JSON Schema of its `data`. Evolution is backward compatible: add optional
 * fields; never rename or repurpose one — a breaking change is a new `v<N+1>` type.
 */
export interface EventDefinition<TData = unknown> {
  readonly type: string;
  readonly producer: ServiceName;
  readonly summary: string;
  readonly dataSchema: SchemaObject;
  /** Type-level only: ties the definition to the TypeScript type of its data. */
  readonly __data?: TData;
}

/** Declares an event type; the schema is checked against the data type at compile time. */
export function defineEvent<TData>(definition: {
  type: string;
  producer: ServiceName;
  summary: string;
  dataSchema: JSONSchemaType<TData>;
}): EventDefinition<TData> {
  if (!/^crm\.[a-z-]+\.[a-z-]+\.v\d+$/.test(definition.type)) {
    throw new Error(`event type ${definition.type} does not follow crm.<entity>.<verb>.v<N>`);
  }
  return definition;
}
