import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { toE164 } from '@crm/kernel';

/** A phone number valid in its country (libphonenumber metadata), written in E.164. */
export function IsE164Phone(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isE164Phone',
      validator: {
        validate: (value) => typeof value === 'string' && value.length <= 16 && toE164(value) !== undefined,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a valid phone number in E.164 form, e.g. +8613800138000`,
          options,
        ),
      },
    },
    options,
  );
}
