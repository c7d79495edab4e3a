/**
 * Locale, time-zone and country checks on the runtime's own ICU data (`Intl`), so that every service
 * accepts exactly the same values without shipping its own lists.
 */

/** Canonical BCP 47 form (`zh-hant-tw` → `zh-Hant-TW`), or `undefined` when the tag is not well-formed. */
export function canonicalizeLocale(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical;
  } catch {
    return undefined;
  }
}

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));

/** True for IANA zone names the runtime knows, including canonical aliases such as `UTC`. */
export function isIanaTimeZone(zone: string): boolean {
  if (timeZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes ICU names that are not countries: macro-regions and user-assigned codes.
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** True for an ISO 3166-1 alpha-2 country code (upper case), e.g. `CN`, `GB`. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.has(code) && regionNames.of(code) !== undefined;
}
