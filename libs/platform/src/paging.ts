import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequestValidationError } from './problem-details';

/** Every list pages with an opaque cursor and a hard maximum page size. */
export const MAX_PAGE_SIZE = 100;

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 50;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export function encodeCursor(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The answer to a cursor this API did not issue: a 400 problem, never a database error or a wrong page. */
export function cursorNotIssued(): RequestValidationError {
  return new RequestValidationError([{ pointer: '/cursor', detail: 'cursor is not one this API issued' }]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An instant exactly as `Date.toISOString()` wrote it when the cursor was issued. */
const ISSUED_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A keyset position — an instant and a row id — read from a cursor made of them; anything else is a 400. */
export function decodeKeysetCursor(cursor: string, instantKey = 'at'): { at: Date; id: string } {
  const position = decodeCursor(cursor, [instantKey, 'id']);
  const text = position[instantKey];
  const at = new Date(text);
  if (!ISSUED_INSTANT.test(text) || Number.isNaN(at.getTime()) || at.toISOString() !== text)
    throw cursorNotIssued();
  if (!UUID.test(position.id)) throw cursorNotIssued();
  return { at, id: position.id };
}

/** The row id a page ended at, read from a cursor made of it; anything else is a 400. */
export function decodeIdCursor(cursor: string): string {
  const { id } = decodeCursor(cursor, ['id']);
  if (!UUID.test(id)) throw cursorNotIssued();
  return id;
}

/** Reads a cursor made by encodeCursor; a tampered or foreign cursor is a 400, not a 500. */
export function decodeCursor<K extends string>(cursor: string, keys: readonly K[]): Record<K, string> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      value &&
      typeof value === 'object' &&
      keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
    ) {
      return value as Record<K, string>;
    }
  } catch {
    // fall through
  }
  throw cursorNotIssued();
}
