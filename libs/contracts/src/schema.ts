import type { SchemaObject } from 'ajv';

/**
 * Small builders for event data schemas, so every contract spells the same kind of field the same way.
 * Objects are open (`additionalProperties: true`): a consumer must accept fields added by a later
 * minor version of the producer.
 */
export const s = {
  object(required: readonly string[], properties: Record<string, SchemaObject>): SchemaObject {
    return { type: 'object', required: [...required], properties, additionalProperties: true };
  },
  uuid: (): SchemaObject => ({ type: 'string', format: 'uuid' }),
  /** A UTC instant, ISO 8601. */
  instant: (): SchemaObject => ({ type: 'string', format: 'date-time' }),
  /** A calendar date (YYYY-MM-DD), local to the time zone the event names. */
  date: (): SchemaObject => ({ type: 'string', format: 'date' }),
  text: (maxLength = 200): SchemaObject => ({ type: 'string', minLength: 1, maxLength }),
  /** A decimal amount as a string (never a float): `1234.50`, `-0.01`. */
  decimal: (): SchemaObject => ({ type: 'string', pattern: '^-?\\d{1,18}(\\.\\d{1,10})?$' }),
  /** ISO 4217. */
  currency: (): SchemaObject => ({ type: 'string', pattern: '^[A-Z]{3}$' }),
  /** ISO 3166-1 alpha-2. */
  country: (): SchemaObject => ({ type: 'string', pattern: '^[A-Z]{2}$' }),
  /** BCP 47, canonical form. */
  locale: (): SchemaObject => ({ type: 'string', minLength: 2, maxLength: 35 }),
  /** IANA time zone. */
  timeZone: (): SchemaObject => ({ type: 'string', minLength: 1, maxLength: 64 }),
  oneOf: (values: readonly string[]): SchemaObject => ({ type: 'string', enum: [...values] }),
  int: (minimum?: number, maximum?: number): SchemaObject => ({
    type: 'integer',
    ...(minimum === undefined ? {} : { minimum }),
    ...(maximum === undefined ? {} : { maximum }),
  }),
  bool: (): SchemaObject => ({ type: 'boolean' }),
  list: (items: SchemaObject, maxItems = 100): SchemaObject => ({ type: 'array', items, maxItems }),
  nullable: (schema: SchemaObject): SchemaObject => ({ anyOf: [schema, { type: 'null' }] }),
};
