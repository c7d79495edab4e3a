import { v7 as uuidv7 } from 'uuid';

/** Time-ordered UUIDv7 ids: unique without coordination, and index-friendly because they grow with time. */
export function newId(): string {
  return uuidv7();
}
