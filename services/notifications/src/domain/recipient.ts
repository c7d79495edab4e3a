import type {
  AddressAs,
  CommunicationStyle,
  ConsentPurpose,
  ContactChannel,
  ContactHours,
  Festival,
  NotificationChannel,
  NotificationPurpose,
  VulnerabilityAdjustment,
} from '@crm/contracts';

export interface ConsentRecord {
  purpose: ConsentPurpose;
  channel: ContactChannel | 'any';
  status: 'granted' | 'withdrawn';
  changedAt: Date;
}

export interface ContactPoints {
  email?: string;
  phone?: string;
  whatsapp?: string;
  postalAddress?: { country: string; lines: string[] };
}

/** The local copy of what notifications needs to reach a customer, fed by customer-profile events. */
export interface Recipient {
  customerId: string;
  locale: string;
  timeZone: string;
  countryOfResidence: string;
  communicationStyle?: CommunicationStyle;
  addressAs?: AddressAs;
  preferredChannels: ContactChannel[];
  contactHours?: ContactHours;
  contactPoints: ContactPoints;
  /** Special-category data: kept only while cultural-personalisation consent is granted. */
  observedFestivals: Festival[];
  adjustments: VulnerabilityAdjustment[];
  consents: ConsentRecord[];
  /** False until the first contact-preferences event arrives (it follows registration). */
  hasContactPreferences: boolean;
  /** Loans with a hardship arrangement in force: collections contact stops (CONC 7.3). */
  hardshipLoanIds: string[];
}

/** The consent purpose a notification purpose needs; `security` needs none (legitimate interest). */
function consentPurposeOf(purpose: NotificationPurpose): ConsentPurpose | undefined {
  if (purpose === 'marketing') return 'marketing';
  if (purpose === 'security') return undefined;
  return 'service';
}

/** The latest consent decision for a purpose on a channel, a channel-specific or an `any` one. */
export function latestConsent(
  consents: ConsentRecord[],
  purpose: ConsentPurpose,
  channel?: ContactChannel,
): ConsentRecord | undefined {
  return consents
    .filter(
      (c) => c.purpose === purpose && (channel === undefined || c.channel === channel || c.channel === 'any'),
    )
    .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime())[0];
}

export function hasGrantedConsent(recipient: Recipient, purpose: ConsentPurpose): boolean {
  return recipient.consents.some(
    (c) =>
      c.purpose === purpose &&
      latestConsent(recipient.consents, purpose, c.channel === 'any' ? undefined : c.channel)?.status ===
        'granted',
  );
}

/**
 * Marketing needs a consent granted for the channel (opt-in, GDPR Art. 7 / PECR reg. 22); service and
 * collections messages go unless the customer withdrew the channel; security messages always may. A
 * staff task is internal, except a call, which reaches the customer by phone.
 */
export function mayUseChannel(
  recipient: Recipient,
  purpose: NotificationPurpose,
  channel: NotificationChannel,
  task?: string,
): boolean {
  if (channel === 'staff-task' && task !== 'call') return true;
  const consentPurpose = consentPurposeOf(purpose);
  if (!consentPurpose) return true;
  const contactChannel: ContactChannel = channel === 'staff-task' ? 'phone' : channel;
  const latest = latestConsent(recipient.consents, consentPurpose, contactChannel);
  return purpose === 'marketing' ? latest?.status === 'granted' : latest?.status !== 'withdrawn';
}

/** Whether the customer has the contact point a channel needs. */
export function hasContactPointFor(recipient: Recipient, channel: NotificationChannel): boolean {
  switch (channel) {
    case 'email':
      return Boolean(recipient.contactPoints.email);
    case 'sms':
      return Boolean(recipient.contactPoints.phone);
    case 'whatsapp':
      return Boolean(recipient.contactPoints.whatsapp);
    case 'push':
      // A device is registered only when the customer uses the app and chose push.
      return recipient.preferredChannels.includes('push');
    case 'letter':
      return Boolean(recipient.contactPoints.postalAddress);
    case 'in-app':
    case 'staff-task':
      return true;
  }
}

/** The address a channel delivers to (an e-mail address, a phone number…), if any. */
export function addressFor(recipient: Recipient, channel: NotificationChannel): string | undefined {
  switch (channel) {
    case 'email':
      return recipient.contactPoints.email;
    case 'sms':
      return recipient.contactPoints.phone;
    case 'whatsapp':
      return recipient.contactPoints.whatsapp;
    case 'push':
      return recipient.customerId;
    case 'letter':
      return recipient.contactPoints.postalAddress?.lines.join('\n');
    default:
      return undefined;
  }
}
