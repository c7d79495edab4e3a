import { defineEvent } from '../event-definition';
import { s } from '../schema';
import {
  AML_FLAGS,
  CHURN_RISK_BANDS,
  COMMUNICATION_STYLES,
  CONSENT_PURPOSES,
  CONTACT_CHANNELS,
  FESTIVALS,
  KYC_STATUSES,
  SEGMENT_DIMENSIONS,
  VULNERABILITY_ADJUSTMENTS,
  type AmlFlag,
  type ChurnRiskBand,
  type CommunicationStyle,
  type ConsentPurpose,
  type ContactChannel,
  type Festival,
  type KycStatus,
  type SegmentDimension,
  type VulnerabilityAdjustment,
} from '../vocabulary';

const CUSTOMER_ID = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';

export interface CustomerRegisteredV1Data {
  customerId: string;
  /** BCP 47, canonical form. */
  locale: string;
  /** IANA time zone. */
  timeZone: string;
  /** ISO 3166-1 alpha-2. */
  countryOfResidence: string;
  /** UTC instant, ISO 8601. */
  registeredAt: string;
  additionalLocales?: string[];
  communicationStyle?: CommunicationStyle;
}

/**
 * A customer became known to the bank. Carries only what every service needs to serve the customer
 * (language, time zone, country) — no name or contact data (data minimisation).
 */
export const CustomerRegisteredV1 = defineEvent<CustomerRegisteredV1Data>({
  type: 'crm.customer.registered.v1',
  producers: ['customer-profile'],
  summary: 'A customer was registered.',
  dataSchema: s.object(['customerId', 'locale', 'timeZone', 'countryOfResidence', 'registeredAt'], {
    customerId: s.uuid(),
    locale: s.locale(),
    timeZone: s.timeZone(),
    countryOfResidence: s.country(),
    registeredAt: s.instant(),
    additionalLocales: s.list(s.locale(), 10),
    communicationStyle: s.oneOf(COMMUNICATION_STYLES),
  }),
  example: {
    customerId: CUSTOMER_ID,
    locale: 'zh-Hant-TW',
    timeZone: 'Asia/Taipei',
    countryOfResidence: 'TW',
    registeredAt: '2026-11-23T10:00:00.000Z',
    communicationStyle: 'formal',
  },
});

export interface CustomerProfileUpdatedV1Data {
  customerId: string;
  /** Every field that changed, by its API name (`name.full`, `locale`, `observedFestivals`…). */
  changedFields: string[];
  /**
   * The new values of the changed fields that other services keep copies of. Personal data (name,
   * nationality, documents) is named in `changedFields` but never carried.
   */
  changes: {
    locale?: string;
    additionalLocales?: string[];
    timeZone?: string;
    countryOfResidence?: string;
    communicationStyle?: CommunicationStyle;
    /** Present only while `cultural-personalisation` consent is granted. */
    observedFestivals?: Festival[];
  };
  version: number;
  updatedAt: string;
}

export const CustomerProfileUpdatedV1 = defineEvent<CustomerProfileUpdatedV1Data>({
  type: 'crm.customer.profile-updated.v1',
  producers: ['customer-profile'],
  summary: 'Fields of a customer profile changed; carries what changed, never personal data.',
  dataSchema: s.object(['customerId', 'changedFields', 'changes', 'version', 'updatedAt'], {
    customerId: s.uuid(),
    changedFields: s.list(s.text(60), 50),
    changes: s.object([], {
      locale: s.locale(),
      additionalLocales: s.list(s.locale(), 10),
      timeZone: s.timeZone(),
      countryOfResidence: s.country(),
      communicationStyle: s.oneOf(COMMUNICATION_STYLES),
      observedFestivals: s.list(s.oneOf(FESTIVALS), 20),
    }),
    version: s.int(1),
    updatedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    changedFields: ['timeZone', 'name.full'],
    changes: { timeZone: 'Asia/Hong_Kong' },
    version: 3,
    updatedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface ContactHours {
  /** `HH:mm` in the customer's time zone. */
  start: string;
  /** `HH:mm`; earlier than `start` when the window crosses midnight. */
  end: string;
}

export interface AddressAs {
  /** The name as the customer writes it (NFC). */
  full: string;
  given?: string;
  family?: string;
  order?: 'given-first' | 'family-first';
  preferredName?: string;
  /** Chosen by the customer, never inferred. */
  honorific?: string;
}

export interface CustomerContactPreferencesChangedV1Data {
  customerId: string;
  locale: string;
  timeZone: string;
  countryOfResidence: string;
  communicationStyle?: CommunicationStyle;
  /** How to address the customer in a message. */
  addressAs: AddressAs;
  preferredChannels: ContactChannel[];
  contactHours?: ContactHours;
  /** Contact points to deliver on; personal data needed only by notifications. */
  contactPoints: {
    email?: string;
    /** E.164. */
    phone?: string;
    whatsapp?: string;
    wechat?: string;
    line?: string;
    postalAddress?: { country: string; lines: string[] };
  };
  changedAt: string;
}

const HH_MM = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;

/**
 * Everything needed to reach the customer: sent on registration and on every change of name, contact
 * points, channels, hours, locale or style. The only customer event that carries contact data: its
 * consumer is the notification service, which needs it to deliver (PIPL Art. 6, GDPR Art. 5(1)(c)).
 */
export const CustomerContactPreferencesChangedV1 = defineEvent<CustomerContactPreferencesChangedV1Data>({
  type: 'crm.customer.contact-preferences-changed.v1',
  producers: ['customer-profile'],
  summary: 'How to reach and address the customer: channels in order, hours, contact points, name.',
  dataSchema: s.object(
    [
      'customerId',
      'locale',
      'timeZone',
      'countryOfResidence',
      'addressAs',
      'preferredChannels',
      'contactPoints',
      'changedAt',
    ],
    {
      customerId: s.uuid(),
      locale: s.locale(),
      timeZone: s.timeZone(),
      countryOfResidence: s.country(),
      communicationStyle: s.oneOf(COMMUNICATION_STYLES),
      addressAs: s.object(['full'], {
        full: s.text(300),
        given: s.text(300),
        family: s.text(300),
        order: s.oneOf(['given-first', 'family-first']),
        preferredName: s.text(300),
        honorific: s.text(40),
      }),
      preferredChannels: s.list(s.oneOf(CONTACT_CHANNELS), CONTACT_CHANNELS.length),
      contactHours: s.object(['start', 'end'], { start: HH_MM, end: HH_MM }),
      contactPoints: s.object([], {
        email: s.text(254),
        phone: s.text(16),
        whatsapp: s.text(64),
        wechat: s.text(64),
        line: s.text(64),
        postalAddress: s.object(['country', 'lines'], {
          country: s.country(),
          lines: s.list(s.text(200), 8),
        }),
      }),
      changedAt: s.instant(),
    },
  ),
  example: {
    customerId: CUSTOMER_ID,
    locale: 'zh-Hant-TW',
    timeZone: 'Asia/Taipei',
    countryOfResidence: 'TW',
    communicationStyle: 'formal',
    addressAs: { full: '王小明', given: '小明', family: '王', order: 'family-first', honorific: '先生' },
    preferredChannels: ['line', 'email', 'sms'],
    contactHours: { start: '09:00', end: '21:00' },
    contactPoints: { email: 'xiaoming.wang@example.tw', phone: '+886912345678', line: 'xiaoming.w' },
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerConsentChangedV1Data {
  customerId: string;
  purpose: ConsentPurpose;
  channel: ContactChannel | 'any';
  status: 'granted' | 'withdrawn';
  /** The version of the wording the customer agreed to or withdrew from. */
  wordingVersion: string;
  /** Where the customer said it (`web`, `branch`, `phone`…). */
  sourceChannel: string;
  changedAt: string;
}

export const CustomerConsentChangedV1 = defineEvent<CustomerConsentChangedV1Data>({
  type: 'crm.customer.consent-changed.v1',
  producers: ['customer-profile'],
  summary: 'A consent for a purpose on a channel was granted or withdrawn.',
  dataSchema: s.object(
    ['customerId', 'purpose', 'channel', 'status', 'wordingVersion', 'sourceChannel', 'changedAt'],
    {
      customerId: s.uuid(),
      purpose: s.oneOf(CONSENT_PURPOSES),
      channel: s.oneOf([...CONTACT_CHANNELS, 'any']),
      status: s.oneOf(['granted', 'withdrawn']),
      wordingVersion: s.text(40),
      sourceChannel: s.text(40),
      changedAt: s.instant(),
    },
  ),
  example: {
    customerId: CUSTOMER_ID,
    purpose: 'marketing',
    channel: 'email',
    status: 'granted',
    wordingVersion: 'marketing-2026-01',
    sourceChannel: 'mobile-app',
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerSensitiveDataDeletedV1Data {
  customerId: string;
  /** The attributes deleted, e.g. `observedFestivals`. */
  attributes: string[];
  reason: 'consent-withdrawn' | 'erasure';
  deletedAt: string;
}

/** Special-category data was deleted; every copy of it must go too (GDPR Art. 9, PIPL Art. 28–29). */
export const CustomerSensitiveDataDeletedV1 = defineEvent<CustomerSensitiveDataDeletedV1Data>({
  type: 'crm.customer.sensitive-data-deleted.v1',
  producers: ['customer-profile'],
  summary: 'Sensitive attributes (festivals observed) were deleted; consumers delete their copies.',
  dataSchema: s.object(['customerId', 'attributes', 'reason', 'deletedAt'], {
    customerId: s.uuid(),
    attributes: s.list(s.text(60), 20),
    reason: s.oneOf(['consent-withdrawn', 'erasure']),
    deletedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    attributes: ['observedFestivals'],
    reason: 'consent-withdrawn',
    deletedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerVulnerabilityChangedV1Data {
  customerId: string;
  /** The adjustments agreed with the customer; empty when none apply any more. Never the note. */
  adjustments: VulnerabilityAdjustment[];
  reviewDate?: string;
  changedAt: string;
}

/**
 * Changes how services treat a customer (FCA FG21/1) — never whether or at what price the bank lends.
 * Carries the adjustments only: the driver and the note stay in customer-profile.
 */
export const CustomerVulnerabilityChangedV1 = defineEvent<CustomerVulnerabilityChangedV1Data>({
  type: 'crm.customer.vulnerability-changed.v1',
  producers: ['customer-profile'],
  summary: 'The adjustments agreed with a vulnerable customer changed.',
  dataSchema: s.object(['customerId', 'adjustments', 'changedAt'], {
    customerId: s.uuid(),
    adjustments: s.list(s.oneOf(VULNERABILITY_ADJUSTMENTS), VULNERABILITY_ADJUSTMENTS.length),
    reviewDate: s.date(),
    changedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    adjustments: ['extra-time', 'no-phone-calls'],
    reviewDate: '2027-05-24',
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerComplianceChangedV1Data {
  customerId: string;
  kycStatus: KycStatus;
  kycExpiresOn?: string;
  amlFlags: AmlFlag[];
  changedAt: string;
}

export const CustomerComplianceChangedV1 = defineEvent<CustomerComplianceChangedV1Data>({
  type: 'crm.customer.compliance-changed.v1',
  producers: ['customer-profile'],
  summary: "A customer's KYC status or AML flags changed.",
  dataSchema: s.object(['customerId', 'kycStatus', 'amlFlags', 'changedAt'], {
    customerId: s.uuid(),
    kycStatus: s.oneOf(KYC_STATUSES),
    kycExpiresOn: s.date(),
    amlFlags: s.list(s.oneOf(AML_FLAGS), AML_FLAGS.length),
    changedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    kycStatus: 'verified',
    kycExpiresOn: '2028-11-24',
    amlFlags: [],
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerSegmentChangedV1Data {
  customerId: string;
  dimension: SegmentDimension;
  /** Null for the first assignment. */
  from: string | null;
  to: string;
  /** Reason codes of the rule that fired, e.g. `NO_ACTIVITY_90_DAYS`. */
  reasons: string[];
  changedAt: string;
}

export const CustomerSegmentChangedV1 = defineEvent<CustomerSegmentChangedV1Data>({
  type: 'crm.customer.segment-changed.v1',
  producers: ['customer-profile'],
  summary: 'A customer moved to another segment on one dimension, with the reasons.',
  dataSchema: s.object(['customerId', 'dimension', 'from', 'to', 'reasons', 'changedAt'], {
    customerId: s.uuid(),
    dimension: s.oneOf(SEGMENT_DIMENSIONS),
    from: s.nullable(s.text(60)),
    to: s.text(60),
    reasons: s.list(s.text(60), 20),
    changedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    dimension: 'lifecycle-stage',
    from: 'active',
    to: 'at-risk',
    reasons: ['PAYMENT_MISSED', 'COMPLAINT_OPEN'],
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerChurnRiskChangedV1Data {
  customerId: string;
  /** 0–100. */
  score: number;
  band: ChurnRiskBand;
  previousBand: ChurnRiskBand | null;
  reasons: string[];
  changedAt: string;
}

export const CustomerChurnRiskChangedV1 = defineEvent<CustomerChurnRiskChangedV1Data>({
  type: 'crm.customer.churn-risk-changed.v1',
  producers: ['customer-profile'],
  summary: "A customer's churn-risk score crossed into another band, with reason codes.",
  dataSchema: s.object(['customerId', 'score', 'band', 'previousBand', 'reasons', 'changedAt'], {
    customerId: s.uuid(),
    score: s.int(0, 100),
    band: s.oneOf(CHURN_RISK_BANDS),
    previousBand: s.nullable(s.oneOf(CHURN_RISK_BANDS)),
    reasons: s.list(s.text(60), 20),
    changedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    score: 72,
    band: 'high',
    previousBand: 'medium',
    reasons: ['PAYMENT_MISSED', 'LOW_SURVEY_SCORE'],
    changedAt: '2026-11-24T08:00:00.000Z',
  },
});

export interface CustomerErasureRequestedV1Data {
  customerId: string;
  requestId: string;
  requestedAt: string;
}

/**
 * The customer asked to be forgotten (GDPR Art. 17, PIPL Art. 47). Every service erases or anonymises
 * what it holds of the customer, keeps what law requires, and answers with
 * `crm.privacy.erasure-completed.v1` carrying this `requestId`.
 */
export const CustomerErasureRequestedV1 = defineEvent<CustomerErasureRequestedV1Data>({
  type: 'crm.customer.erasure-requested.v1',
  producers: ['customer-profile'],
  summary: 'An erasure of the customer was requested; every service must erase and report back.',
  dataSchema: s.object(['customerId', 'requestId', 'requestedAt'], {
    customerId: s.uuid(),
    requestId: s.uuid(),
    requestedAt: s.instant(),
  }),
  example: {
    customerId: CUSTOMER_ID,
    requestId: '0192f0c2-7b1e-7cc1-8a3e-aaaaaaaaaaaa',
    requestedAt: '2026-11-24T08:00:00.000Z',
  },
});
