import { CONSENT_PURPOSES, CONTACT_CHANNELS, type ConsentPurpose, type ContactChannel } from '@crm/contracts';
import { DomainError } from '@crm/kernel';

export const CONSENT_CHANNELS = [...CONTACT_CHANNELS, 'any'] as const;
export type ConsentChannel = ContactChannel | 'any';
export type ConsentStatus = 'granted' | 'withdrawn';

/** One statement of the customer; the history is append-only (GDPR Art. 7(1): the bank must prove consent). */
export interface ConsentRecord {
  id: string;
  customerId: string;
  purpose: ConsentPurpose;
  channel: ConsentChannel;
  status: ConsentStatus;
  wordingVersion: string;
  sourceChannel: string;
  changedAt: Date;
}

/** Explicit consent for special-category data: festivals observed (GDPR Art. 9(2)(a), PIPL Art. 29). */
export const CULTURAL_PERSONALISATION: ConsentPurpose = 'cultural-personalisation';

export function newConsentRecord(record: ConsentRecord): ConsentRecord {
  if (!(CONSENT_PURPOSES as readonly string[]).includes(record.purpose)) {
    throw new DomainError('CONSENT_PURPOSE_UNKNOWN', 'invalid', `${record.purpose} is not a consent purpose`);
  }
  // Sensitive data is not sent on a channel: its consent is one statement for every use.
  if (record.purpose === CULTURAL_PERSONALISATION && record.channel !== 'any') {
    throw new DomainError(
      'CONSENT_CHANNEL_NOT_APPLICABLE',
      'invalid',
      'cultural-personalisation is consented to for channel "any"',
    );
  }
  return record;
}
