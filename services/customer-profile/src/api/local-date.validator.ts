import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@crm/kernel';

/** A calendar date `YYYY-MM-DD` that exists. */
export function IsLocalDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a date YYYY-MM-DD`, options),
      },
    },
    options,
  );
}
