import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@crm/kernel';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows (its CLDR data gives the minor units). */
export function IsCurrencyCode(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an ISO 4217 currency code such as EUR`,
          options,
        ),
      },
    },
    options,
  );
}

/** A non-negative decimal string: money and rates never travel as JSON numbers (floats). */
export function IsDecimalString(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDecimalString',
      validator: {
        validate: (value) => typeof value === 'string' && /^\d{1,15}(\.\d{1,10})?$/.test(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a decimal string such as "1234.50"`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsLocalDateString(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocalDateString',
      validator: {
        validate: (value) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a calendar date YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );
}
