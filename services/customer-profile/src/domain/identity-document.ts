import { DomainError, isCountryCode } from '@crm/kernel';

export const IDENTITY_DOCUMENT_TYPES = ['national-id', 'passport', 'tax-id'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

export interface IdentityDocument {
  id: string;
  customerId: string;
  type: IdentityDocumentType;
  /** ISO 3166-1 alpha-2. */
  issuingCountry: string;
  /** The number in its canonical form; personal data, held encrypted at rest. */
  number: string;
  addedAt: Date;
}

/**
 * The canonical form of a document number, so that "AB 123-456" and "ab123456" are the same document:
 * upper case, without spaces, hyphens, dots or slashes.
 */
export function canonicalDocumentNumber(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-./]/gu, '');
}

export function newIdentityDocument(
  id: string,
  customerId: string,
  type: IdentityDocumentType,
  issuingCountry: string,
  number: string,
  now: Date,
): IdentityDocument {
  if (!isCountryCode(issuingCountry)) {
    throw new DomainError('DOCUMENT_COUNTRY_INVALID', 'invalid', `${issuingCountry} is not a country`);
  }
  const canonical = canonicalDocumentNumber(number);
  if (!/^[\p{L}\p{N}]{4,40}$/u.test(canonical)) {
    throw new DomainError(
      'DOCUMENT_NUMBER_INVALID',
      'invalid',
      'number must hold 4 to 40 letters or digits (spaces and hyphens are ignored)',
    );
  }
  return { id, customerId, type, issuingCountry, number: canonical, addedAt: now };
}

/** `E12345678` → `*****5678`: the last four let staff confirm a document with the customer. */
export function maskDocumentNumber(number: string): string {
  const chars = [...number];
  const shown = chars.length > 6 ? 4 : 2;
  return '*'.repeat(chars.length - shown) + chars.slice(-shown).join('');
}
