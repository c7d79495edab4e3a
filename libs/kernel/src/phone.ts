import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** A phone number in E.164 (`+8613800138000`), or undefined when it is not a valid number anywhere. */
export function toE164(value: string): string | undefined {
  if (!value.startsWith('+')) return undefined;
  try {
    const phone = parsePhoneNumberWithError(value);
    return phone.isValid() ? phone.number : undefined;
  } catch {
    return undefined;
  }
}
