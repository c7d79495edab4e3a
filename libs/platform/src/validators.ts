import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { canonicalizeLocale, isCountryCode, isIanaTimeZone } from '@crm/kernel';

/** A BCP 47 language tag (any case; the domain stores its canonical form). */
export function IsLocale(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocale',
      validator: {
        validate: (value) =>
          typeof value === 'string' && value.length <= 35 && canonicalizeLocale(value) !== undefined,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a BCP 47 language tag such as zh-Hant-TW`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsTimeZone(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value) => typeof value === 'string' && value.length <= 64 && isIanaTimeZone(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an IANA time zone such as Asia/Shanghai`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsCountry(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCountry',
      validator: {
        validate: (value) => typeof value === 'string' && isCountryCode(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an ISO 3166-1 alpha-2 country code such as CN`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * Free text a person wrote, in any script: well-formed Unicode (no lone surrogates), no control
 * characters (NUL would be refused by PostgreSQL), at most `maxLength` characters (code points).
 */
export function IsHumanText(limits: { maxLength: number; multiline?: boolean }, options?: ValidationOptions) {
  // Control characters are exactly what this rule looks for.
  // eslint-disable-next-line no-control-regex
  const forbidden = limits.multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u : /\p{Cc}/u;
  return ValidateBy(
    {
      name: 'isHumanText',
      validator: {
        validate: (value) =>
          typeof value === 'string' &&
          value.isWellFormed() &&
          !forbidden.test(value) &&
          [...value].length >= 1 &&
          [...value].length <= limits.maxLength,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be 1 to ${limits.maxLength} characters of well-formed Unicode text without control characters`,
          options,
        ),
      },
    },
    options,
  );
}
