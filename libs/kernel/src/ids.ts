import { v7 as uuidv7, validate, version } from 'uuid';

/** Time-ordered UUIDv7 ids: unique without coordination, and index-friendly because they grow with time. */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && validate(value);
}

export function isUuidV7(value: unknown): value is string {
  return isUuid(value) && version(value) === 7;
}
