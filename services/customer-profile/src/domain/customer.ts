import {
  COMMUNICATION_STYLES,
  CONTACT_CHANNELS,
  FESTIVALS,
  type CommunicationStyle,
  type ContactChannel,
  type Festival,
} from '@crm/contracts';
import { DomainError, canonicalizeLocale, isCountryCode, isIanaTimeZone, toE164 } from '@crm/kernel';

export type NameOrder = 'given-first' | 'family-first';

/** The same name written in another script (王小明 / Wang Xiaoming), tagged with its script or locale. */
export interface AlternateName {
  value: string;
  /** ISO 15924, e.g. `Latn`, `Hant`. */
  script?: string;
  /** BCP 47, canonical form. */
  locale?: string;
}

/**
 * A name as the customer writes it (CLDR person-name model). Only `full` is required: mononyms,
 * several family names, particles and patronymics are never forced into two parts.
 */
export interface PersonName {
  /** Exactly as written, in any script; only normalised to Unicode NFC. */
  full: string;
  given?: string;
  family?: string;
  order?: NameOrder;
  alternates?: AlternateName[];
  preferredName?: string;
}

export interface PostalAddress {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The lines as the country writes them, top to bottom. */
  lines: string[];
}

export interface MessengerIds {
  wechat?: string;
  whatsapp?: string;
  line?: string;
}

export interface ContactHours {
  /** `HH:mm` in the customer's time zone. */
  start: string;
  /** `HH:mm`; earlier than `start` when the window crosses midnight. */
  end: string;
}

/** Everything the profile holds about a customer; optional fields are absent, never null. */
export interface CustomerProfile {
  name: PersonName;
  /** Chosen by the customer, never inferred from name, sex or age. */
  honorific?: string;
  /** BCP 47, canonical form. */
  locale: string;
  additionalLocales: string[];
  /** IANA time zone. */
  timeZone: string;
  /** ISO 3166-1 alpha-2. */
  countryOfResidence: string;
  nationality?: string;
  communicationStyle?: CommunicationStyle;
  /** Special-category data (may reveal religion): held only while `cultural-personalisation` is granted. */
  observedFestivals?: Festival[];
  /** Personal data: shown masked to callers without `pii:read`. */
  email?: string;
  /** E.164. Personal data. */
  phone?: string;
  postalAddress?: PostalAddress;
  messengerIds?: MessengerIds;
  /** Most preferred first, no repeats. */
  preferredChannels: ContactChannel[];
  contactHours?: ContactHours;
}

export interface CustomerProps extends CustomerProfile {
  id: string;
  registeredAt: Date;
  updatedAt: Date;
  version: number;
}

/** What a registration or an update may say; absent = not given, `null` (updates only) = remove. */
export type ProfileInput = {
  [K in keyof CustomerProfile]?: CustomerProfile[K] | null;
};

/** The fields of the profile as the API names them, in a stable order (events, audit). */
export const PROFILE_FIELDS = [
  'name',
  'honorific',
  'locale',
  'additionalLocales',
  'timeZone',
  'countryOfResidence',
  'nationality',
  'communicationStyle',
  'observedFestivals',
  'email',
  'phone',
  'postalAddress',
  'messengerIds',
  'preferredChannels',
  'contactHours',
] as const satisfies readonly (keyof CustomerProfile)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The personal-data fields of a customer, as the API names them (for the audit trail). */
export const PERSONAL_DATA_FIELDS = [
  'name.full',
  'email',
  'phone',
  'postalAddress',
  'messengerIds',
  'nationality',
  'observedFestivals',
] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/** Fields that change how the customer is reached or addressed: notifications must hear of them. */
export const REACHABILITY_FIELDS: readonly ProfileField[] = [
  'name',
  'honorific',
  'email',
  'phone',
  'postalAddress',
  'messengerIds',
  'preferredChannels',
  'contactHours',
  'locale',
  'timeZone',
  'communicationStyle',
];

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const SCRIPT = /^[A-Z][a-z]{3}$/;
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;

function invalid(code: string, message: string): DomainError {
  return new DomainError(code, 'invalid', message);
}

function text(value: string, field: string): string {
  // NFC only: text is stored as written — no trimming, case change or ASCII folding.
  const normalised = value.normalize('NFC');
  if (!VISIBLE.test(normalised)) {
    throw invalid('CUSTOMER_TEXT_EMPTY', `${field} must contain at least one visible character`);
  }
  return normalised;
}

function optionalText(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : text(value, field);
}

function locale(tag: string, field: string): string {
  const canonical = canonicalizeLocale(tag);
  if (!canonical) throw invalid('CUSTOMER_LOCALE_INVALID', `${field}: ${tag} is not a BCP 47 language tag`);
  return canonical;
}

function country(code: string, field: string): string {
  if (!isCountryCode(code)) {
    throw invalid('CUSTOMER_COUNTRY_INVALID', `${field}: ${code} is not an ISO 3166-1 alpha-2 country`);
  }
  return code;
}

function unique<T>(values: readonly T[], field: string): T[] {
  if (new Set(values).size !== values.length) {
    throw invalid('CUSTOMER_LIST_HAS_DUPLICATES', `${field} must not repeat a value`);
  }
  return [...values];
}

function personName(name: PersonName): PersonName {
  if (name.full === undefined) throw invalid('CUSTOMER_NAME_EMPTY', 'name.full is required');
  let full: string;
  try {
    full = text(name.full, 'name.full');
  } catch {
    throw invalid('CUSTOMER_NAME_EMPTY', 'name.full must contain at least one visible character');
  }
  const alternates = name.alternates?.map((alternate, index) => {
    if (alternate.script === undefined && alternate.locale === undefined) {
      throw invalid(
        'CUSTOMER_NAME_ALTERNATE_UNTAGGED',
        `name.alternates[${index}] needs its script or its locale`,
      );
    }
    if (alternate.script !== undefined && !SCRIPT.test(alternate.script)) {
      throw invalid(
        'CUSTOMER_SCRIPT_INVALID',
        `name.alternates[${index}].script must be ISO 15924, e.g. Latn`,
      );
    }
    return {
      value: text(alternate.value, `name.alternates[${index}].value`),
      ...(alternate.script === undefined ? {} : { script: alternate.script }),
      ...(alternate.locale === undefined
        ? {}
        : { locale: locale(alternate.locale, `name.alternates[${index}].locale`) }),
    };
  });
  const given = optionalText(name.given, 'name.given');
  const family = optionalText(name.family, 'name.family');
  const preferredName = optionalText(name.preferredName, 'name.preferredName');
  return {
    full,
    ...(given === undefined ? {} : { given }),
    ...(family === undefined ? {} : { family }),
    ...(name.order === undefined ? {} : { order: name.order }),
    ...(alternates === undefined || alternates.length === 0 ? {} : { alternates }),
    ...(preferredName === undefined ? {} : { preferredName }),
  };
}

/** Validates and normalises one field; the single place where the profile's invariants live. */
function normalise(field: ProfileField, v: unknown): unknown {
  switch (field) {
    case 'name':
      return personName(v as PersonName);
    case 'honorific':
      return text(v as string, 'honorific');
    case 'locale':
      return locale(v as string, 'locale');
    case 'additionalLocales':
      return unique(
        (v as string[]).map((tag, i) => locale(tag, `additionalLocales[${i}]`)),
        'additionalLocales',
      );
    case 'timeZone':
      if (!isIanaTimeZone(v as string)) {
        throw invalid('CUSTOMER_TIME_ZONE_INVALID', `${v as string} is not an IANA time zone`);
      }
      return v;
    case 'countryOfResidence':
    case 'nationality':
      return country(v as string, field);
    case 'communicationStyle':
      if (!(COMMUNICATION_STYLES as readonly unknown[]).includes(v)) {
        throw invalid('CUSTOMER_COMMUNICATION_STYLE_INVALID', 'communicationStyle is formal or informal');
      }
      return v;
    case 'observedFestivals':
      for (const festival of v as string[]) {
        if (!(FESTIVALS as readonly string[]).includes(festival)) {
          throw invalid('CUSTOMER_FESTIVAL_UNKNOWN', `${festival} is not a documented festival key`);
        }
      }
      return unique(v as Festival[], 'observedFestivals');
    case 'email':
      return text(v as string, 'email');
    case 'phone': {
      const e164 = toE164(v as string);
      if (!e164) {
        throw invalid(
          'CUSTOMER_PHONE_INVALID',
          'phone must be a valid number in E.164 form, e.g. +8613800138000',
        );
      }
      return e164;
    }
    case 'postalAddress': {
      const address = v as PostalAddress;
      if (address.lines.length === 0) throw invalid('CUSTOMER_ADDRESS_EMPTY', 'postalAddress.lines is empty');
      return {
        country: country(address.country, 'postalAddress.country'),
        lines: address.lines.map((line, i) => text(line, `postalAddress.lines[${i}]`)),
      };
    }
    case 'messengerIds': {
      const ids = Object.entries(v as MessengerIds).filter(([, id]) => id !== undefined);
      return Object.fromEntries(
        ids.map(([messenger, id]) => [messenger, text(id, `messengerIds.${messenger}`)]),
      );
    }
    case 'preferredChannels':
      for (const channel of v as string[]) {
        if (!(CONTACT_CHANNELS as readonly string[]).includes(channel)) {
          throw invalid('CUSTOMER_CHANNEL_UNKNOWN', `${channel} is not a contact channel`);
        }
      }
      return unique(v as ContactChannel[], 'preferredChannels');
    case 'contactHours': {
      const hours = v as ContactHours;
      if (!HH_MM.test(hours.start) || !HH_MM.test(hours.end)) {
        throw invalid('CUSTOMER_CONTACT_HOURS_INVALID', 'contactHours start and end are HH:mm');
      }
      // A window that ends where it starts is empty, not "all day": say 00:00–23:59 for that.
      if (hours.start === hours.end) {
        throw invalid('CUSTOMER_CONTACT_HOURS_EMPTY', 'contactHours start and end must differ');
      }
      return { start: hours.start, end: hours.end };
    }
  }
}

const REQUIRED: readonly ProfileField[] = ['name', 'locale', 'timeZone', 'countryOfResidence'];
const LISTS: readonly ProfileField[] = ['additionalLocales', 'preferredChannels'];

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class Customer {
  private constructor(private props: CustomerProps) {}

  /**
   * `hasFestivalConsent`: festivals observed may reveal religion (GDPR Art. 9, PIPL Art. 28–29), so
   * they are accepted only while the explicit `cultural-personalisation` consent is granted.
   */
  static register(id: string, input: ProfileInput, now: Date, hasFestivalConsent = false): Customer {
    const customer = new Customer({
      id,
      name: { full: '' },
      locale: '',
      timeZone: '',
      countryOfResidence: '',
      additionalLocales: [],
      preferredChannels: [],
      registeredAt: now,
      updatedAt: now,
      version: 1,
    });
    for (const field of REQUIRED) {
      if (input[field] === undefined || input[field] === null) {
        throw invalid(
          `CUSTOMER_${field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_REQUIRED`,
          `${field} is required`,
        );
      }
    }
    customer.apply(input, hasFestivalConsent);
    return customer;
  }

  static restore(props: CustomerProps): Customer {
    return new Customer(props);
  }

  get snapshot(): Readonly<CustomerProps> {
    return this.props;
  }

  /** Applies a partial update; returns the fields whose value changed (none: nothing to save). */
  update(input: ProfileInput, now: Date, hasFestivalConsent: boolean): ProfileField[] {
    const changed = this.apply(input, hasFestivalConsent);
    if (changed.length > 0) {
      this.props = { ...this.props, updatedAt: now, version: this.props.version + 1 };
    }
    return changed;
  }

  /** Deletes the festivals observed (consent withdrawn); true when there was anything to delete. */
  forgetFestivals(now: Date): boolean {
    if (this.props.observedFestivals === undefined) return false;
    const { observedFestivals: _deleted, ...rest } = this.props;
    this.props = { ...rest, updatedAt: now, version: this.props.version + 1 };
    return true;
  }

  private apply(input: ProfileInput, hasFestivalConsent: boolean): ProfileField[] {
    const next: CustomerProps = { ...this.props };
    const changed: ProfileField[] = [];
    for (const field of PROFILE_FIELDS) {
      const value = input[field];
      if (value === undefined) continue;
      if (value === null && REQUIRED.includes(field)) {
        throw invalid('CUSTOMER_FIELD_REQUIRED', `${field} cannot be removed`);
      }
      if (field === 'observedFestivals' && value !== null && !hasFestivalConsent) {
        throw new DomainError(
          'CUSTOMER_FESTIVALS_NEED_CONSENT',
          'conflict',
          'observedFestivals is held only while the cultural-personalisation consent is granted',
        );
      }
      const normalised = value === null ? (LISTS.includes(field) ? [] : undefined) : normalise(field, value);
      if (sameValue(normalised, this.props[field])) continue;
      if (normalised === undefined) delete next[field];
      else Object.assign(next, { [field]: normalised });
      changed.push(field);
    }
    this.props = next;
    return changed;
  }
}

const NAME_PARTS = ['full', 'given', 'family', 'order', 'alternates', 'preferredName'] as const;

/** The changed fields by their API names, a name change spelled out part by part (`name.full`). */
export function changedFieldNames(before: PersonName, after: PersonName, changed: ProfileField[]): string[] {
  return changed.flatMap((field) =>
    field === 'name'
      ? NAME_PARTS.filter((part) => !sameValue(before[part], after[part])).map((part) => `name.${part}`)
      : [field],
  );
}
