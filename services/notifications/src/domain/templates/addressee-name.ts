import type { AddressAs, CommunicationStyle } from '@crm/contracts';

export interface AddresseeName {
  /** The name as it goes into the greeting, with the customer's own honorific where they chose one. */
  name: string;
  /** True when `name` already carries the customer's honorific (the greeting must not add a courtesy word). */
  hasHonorific: boolean;
}

// Honorifics written in these scripts follow the name (王先生, 山田様, 김민준 님); others precede it
// (Mr Smith, Sra. García, Ông An, السيد أحمد).
const SUFFIX_HONORIFIC = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const SPACELESS_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The customer's name as a greeting uses it (CLDR person-name conventions, simplified to what a bank
 * letter needs). Never adds an honorific the customer did not choose: without one, the formal style
 * uses the full name exactly as written and the informal style the preferred or given name.
 *
 * - informal: preferred name, else given name, else the full name;
 * - formal with an honorific written in Han, Kana or Hangul: it follows the name — the family name
 *   alone for Han/Kana (王先生, 山田様), the full name and a space for Hangul (김민준 님);
 * - formal with any other honorific: it precedes the family name (Mr Smith), or the given name when the
 *   name is written family-first in a Latin script, as Vietnamese addresses people (Ông An);
 * - a mononym (no family and no given name) is used whole in every case (Bapak Sukarno, Sukarno).
 */
export function formatAddresseeName(
  addressAs: AddressAs | undefined,
  style: CommunicationStyle = 'formal',
): AddresseeName | undefined {
  const full = clean(addressAs?.full);
  if (!addressAs || !full) return undefined;
  const given = clean(addressAs.given);
  const family = clean(addressAs.family);
  const preferred = clean(addressAs.preferredName);
  const honorific = clean(addressAs.honorific);

  if (style === 'informal') return { name: preferred ?? given ?? full, hasHonorific: false };
  if (!honorific) return { name: full, hasHonorific: false };

  if (SUFFIX_HONORIFIC.test(honorific)) {
    if (HANGUL.test(honorific) || HANGUL.test(full))
      return { name: `${full} ${honorific}`, hasHonorific: true };
    const base = family ?? full;
    const separator = SPACELESS_NAME.test(base) ? '' : ' ';
    return { name: `${base}${separator}${honorific}`, hasHonorific: true };
  }
  const familyFirst = addressAs.order === 'family-first';
  const base = familyFirst && !SPACELESS_NAME.test(full) ? (given ?? family ?? full) : (family ?? full);
  return { name: `${honorific} ${base}`, hasHonorific: true };
}
