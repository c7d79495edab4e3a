import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EVENT_CATALOG, findEventDefinition } from './catalog';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);

const validators = new Map<string, ValidateFunction>(
  EVENT_CATALOG.map((definition) => [definition.type, ajv.compile(definition.dataSchema)]),
);

export interface EventValidationResult {
  valid: boolean;
  /** One line per violation, e.g. `/locale must NOT have fewer than 2 characters`. */
  errors: string[];
}

/** Checks an event's data against its contract; unknown types are invalid. */
export function validateEventData(type: string, data: unknown): EventValidationResult {
  const validate = validators.get(type);
  if (!validate || !findEventDefinition(type))
    return { valid: false, errors: [`unknown event type ${type}`] };
  if (validate(data)) return { valid: true, errors: [] };
  return {
    valid: false,
    errors: (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
    ),
  };
}
