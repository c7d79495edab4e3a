import { DomainError, canonicalizeLocale, isCountryCode, isIanaTimeZone, toE164 } from '@crm/kernel';

export interface CustomerProps {
  id: string;
  /** The name exactly as the customer writes it, in any script; only normalised to Unicode NFC. */
  fullName: string;
  /** BCP 47, canonical form. */
  locale: string;
  /** IANA time zone. */
  timeZone: string;
  /** ISO 3166-1 alpha-2. */
  countryOfResidence: string;
  /** Personal data: shown masked to callers without `pii:read`. */
  email?: string;
  /** E.164. Personal data. */
  phone?: string;
  registeredAt: Date;
  version: number;
}

export interface RegistrationDetails {
  fullName: string;
  locale: string;
  timeZone: string;
  countryOfResidence: string;
  email?: string;
  phone?: string;
}

/** The personal-data fields of a customer, as the API names them (for the audit trail). */
export const PERSONAL_DATA_FIELDS = ['name.full', 'email', 'phone'] as const;

export class Customer {
  private constructor(private readonly props: CustomerProps) {}

  static register(id: string, details: RegistrationDetails, now: Date): Customer {
    // NFC only: a name is stored as written — no trimming, case change or ASCII folding.
    const fullName = details.fullName.normalize('NFC');
    if (!/[^\p{White_Space}\p{Cc}\p{Cf}]/u.test(fullName)) {
      throw new DomainError(
        'CUSTOMER_NAME_EMPTY',
        'invalid',
        'name.full must contain at least one visible character',
      );
    }
    const locale = canonicalizeLocale(details.locale);
    if (!locale)
      throw new DomainError(
        'CUSTOMER_LOCALE_INVALID',
        'invalid',
        `${details.locale} is not a BCP 47 language tag`,
      );
    if (!isIanaTimeZone(details.timeZone)) {
      throw new DomainError(
        'CUSTOMER_TIME_ZONE_INVALID',
        'invalid',
        `${details.timeZone} is not an IANA time zone`,
      );
    }
    if (!isCountryCode(details.countryOfResidence)) {
      throw new DomainError(
        'CUSTOMER_COUNTRY_INVALID',
        'invalid',
        `${details.countryOfResidence} is not an ISO 3166-1 alpha-2 country`,
      );
    }
    const phone = details.phone === undefined ? undefined : toE164(details.phone);
    if (details.phone !== undefined && !phone) {
      throw new DomainError(
        'CUSTOMER_PHONE_INVALID',
        'invalid',
        'phone must be a valid number in E.164 form, e.g. +8613800138000',
      );
    }
    return new Customer({
      id,
      fullName,
      locale,
      timeZone: details.timeZone,
      countryOfResidence: details.countryOfResidence,
      ...(details.email === undefined ? {} : { email: details.email }),
      ...(phone === undefined ? {} : { phone }),
      registeredAt: now,
      version: 1,
    });
  }

  static restore(props: CustomerProps): Customer {
    return new Customer(props);
  }

  get snapshot(): Readonly<CustomerProps> {
    return this.props;
  }
}
