import { randomBytes } from 'node:crypto';
import { loadServiceSettings } from '@crm/platform';
import { CustomerProfileSettings } from '../customer-profile.settings';
import { PersonalDataVault } from './personal-data-vault';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const hashKey = randomBytes(32).toString('base64');

function vault(keys: string, active: string, hash = hashKey): PersonalDataVault {
  return new PersonalDataVault(
    loadServiceSettings('customer-profile', CustomerProfileSettings, {
      PII_ENCRYPTION_KEYS: keys,
      PII_ACTIVE_KEY_ID: active,
      PII_HASH_KEY: hash,
    }),
  );
}

describe('PersonalDataVault', () => {
  it('encrypts with the active key and names it, never leaving the plaintext in the blob', () => {
    const sealed = vault(`k1:${k1}`, 'k1').seal('E12345678', 'doc-1:number');
    expect(sealed.keyId).toBe('k1');
    expect(sealed.blob.toString('latin1')).not.toContain('E12345678');
    expect(vault(`k1:${k1}`, 'k1').open(sealed, 'doc-1:number')).toBe('E12345678');
  });

  it('still decrypts values sealed with a retired key after rotation', () => {
    const old = vault(`k1:${k1}`, 'k1').seal('+886912345678', 'c-1:phone');
    const rotated = vault(`k1:${k1},k2:${k2}`, 'k2');
    expect(rotated.open(old, 'c-1:phone')).toBe('+886912345678');
    expect(rotated.seal('+886912345678', 'c-1:phone').keyId).toBe('k2');
  });

  it('refuses a ciphertext moved to another row or tampered with', () => {
    const v = vault(`k1:${k1}`, 'k1');
    const sealed = v.seal('E12345678', 'doc-1:number');
    expect(() => v.open(sealed, 'doc-2:number')).toThrow();
    const tampered = Buffer.from(sealed.blob);
    tampered[tampered.length - 1] ^= 1;
    expect(() => v.open({ keyId: 'k1', blob: tampered }, 'doc-1:number')).toThrow();
  });

  it('gives stable keyed hashes that differ by kind and by key', () => {
    const v = vault(`k1:${k1}`, 'k1');
    expect(v.fingerprint('document', 'E12345678')).toBe(v.fingerprint('document', 'E12345678'));
    expect(v.fingerprint('document', 'E12345678')).not.toBe(v.fingerprint('phone', 'E12345678'));
    const otherKey = vault(`k1:${k1}`, 'k1', randomBytes(32).toString('base64'));
    expect(otherKey.fingerprint('document', 'E12345678')).not.toBe(v.fingerprint('document', 'E12345678'));
  });
});
