import { DomainError } from '@crm/kernel';
import { canonicalDocumentNumber, maskDocumentNumber, newIdentityDocument } from './identity-document';

describe('identity documents', () => {
  it('treats spacing, hyphens and case as the same number', () => {
    expect(canonicalDocumentNumber('ab 123-456')).toBe(canonicalDocumentNumber('AB123456'));
  });

  it('masks all but the last characters', () => {
    expect(maskDocumentNumber('E12345678')).toBe('*****5678');
    expect(maskDocumentNumber('12345')).toBe('***45');
  });

  it('refuses an unknown issuing country and a number without letters or digits', () => {
    const now = new Date();
    expect(() => newIdentityDocument('d', 'c', 'passport', 'XX', 'E12345678', now)).toThrow(DomainError);
    expect(() => newIdentityDocument('d', 'c', 'passport', 'TW', '--', now)).toThrow(DomainError);
  });
});
