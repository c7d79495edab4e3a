import { canonicalizeLocale, isCountryCode, isIanaTimeZone } from './locale';

describe('locale checks', () => {
  it.each([
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN-gb', 'en-GB'],
    ['ar-EG', 'ar-EG'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
  ])('canonicalises %s to %s', (input, expected) => {
    expect(canonicalizeLocale(input)).toBe(expected);
  });

  it.each(['', 'not a locale', 'en_US', '12'])('rejects the malformed tag %p', (input) => {
    expect(canonicalizeLocale(input)).toBeUndefined();
  });

  it('knows IANA zones and refuses invented ones', () => {
    expect(isIanaTimeZone('Asia/Shanghai')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaTimeZone('+08:00')).toBe(false);
  });

  it('accepts ISO 3166-1 alpha-2 countries only', () => {
    expect(['CN', 'GB', 'US', 'NG', 'BR'].every(isCountryCode)).toBe(true);
    expect(['cn', 'GBR', 'EU', 'ZZ', 'XY', ''].some(isCountryCode)).toBe(false);
  });
});
