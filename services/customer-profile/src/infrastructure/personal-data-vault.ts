import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { DomainError } from '@crm/kernel';
import { CustomerProfileSettings } from '../customer-profile.settings';

export interface Sealed {
  keyId: string;
  /** 12-byte IV, 16-byte GCM tag, then the ciphertext. */
  blob: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Field-level encryption of personal data (AES-256-GCM: confidentiality and integrity) and keyed search
 * hashes (HMAC-SHA256, so that a leaked table cannot be matched against a list of known numbers).
 * Each value names the key it was sealed with, so keys can rotate: old keys decrypt, the active one
 * encrypts. The associated data binds a value to its row and field: a ciphertext copied into another
 * row does not decrypt.
 */
@Injectable()
export class PersonalDataVault {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKeyId: string;
  private readonly hashKey: Buffer;

  constructor(settings: CustomerProfileSettings) {
    this.keys = settings.encryptionKeys;
    this.activeKeyId = settings.activeKeyId;
    this.hashKey = settings.hashKey;
  }

  seal(plaintext: string, associatedData: string): Sealed {
    const key = this.key(this.activeKeyId);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.activeKeyId, blob: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]) };
  }

  open(sealed: Sealed, associatedData: string): string {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.key(sealed.keyId),
      sealed.blob.subarray(0, IV_BYTES),
    );
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(sealed.blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.blob.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }

  /** The keyed hash of a value in its canonical form, for exact-match search. */
  fingerprint(kind: 'email' | 'phone' | 'document', canonical: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}\u0000${canonical}`, 'utf8').digest('hex');
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) {
      throw new DomainError('PII_KEY_UNKNOWN', 'transient', `the encryption key ${id} is not configured`);
    }
    return key;
  }
}
