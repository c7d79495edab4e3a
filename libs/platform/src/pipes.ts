import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationError } from './problem-details';

/** A path parameter that must be a UUID; anything else is a field-level 400. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new RequestValidationError([{ pointer: `/${name}`, detail: `${name} must be a UUID` }]),
  });
}
