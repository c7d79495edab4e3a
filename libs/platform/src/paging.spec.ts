import { decodeIdCursor, decodeKeysetCursor, encodeCursor } from './paging';
import { RequestValidationError } from './problem-details';

const id = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';

describe('cursors', () => {
  it('reads back the keyset position it issued', () => {
    const at = new Date('2026-12-02T09:30:00.123Z');
    expect(decodeKeysetCursor(encodeCursor({ at: at.toISOString(), id }))).toEqual({ at, id });
    expect(decodeKeysetCursor(encodeCursor({ boardedAt: at.toISOString(), id }), 'boardedAt')).toEqual({
      at,
      id,
    });
    expect(decodeIdCursor(encodeCursor({ id }))).toBe(id);
  });

  it.each([
    ['an instant that is no date', { at: 'yesterday', id }],
    ['the 30th of February', { at: '2026-02-30T00:00:00.000Z', id }],
    ['an instant not written by toISOString', { at: '2026-12-02T09:30:00Z', id }],
    ['a year past what a Date holds', { at: '+275760-09-13T00:00:00.001Z', id }],
    ['an id that is no uuid', { at: '2026-12-02T09:30:00.123Z', id: "1' OR '1'='1" }],
    ['a missing key', { id }],
  ])('refuses a well-formed cursor with %s as a 400', (_, position) => {
    const forged = encodeCursor(position as Record<string, string>);
    expect(() => decodeKeysetCursor(forged)).toThrow(RequestValidationError);
  });

  it('refuses a cursor that is not base64url JSON, and an id cursor with no uuid', () => {
    expect(() => decodeKeysetCursor('not a cursor')).toThrow(RequestValidationError);
    expect(() => decodeIdCursor(encodeCursor({ id: 'DROP TABLE customers' }))).toThrow(
      RequestValidationError,
    );
  });
});
