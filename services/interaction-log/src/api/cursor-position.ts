import { RequestValidationError, decodeCursor } from '@crm/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A keyset position (instant, id) from a cursor this API issued; a forged one is a 400, never a database error. */
export function cursorPosition(cursor: string): { at: Date; id: string } {
  const { at, id } = decodeCursor(cursor, ['at', 'id'] as const);
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime()) || !UUID.test(id)) {
    throw new RequestValidationError([{ pointer: '/cursor', detail: 'cursor is not one this API issued' }]);
  }
  return { at: instant, id };
}
