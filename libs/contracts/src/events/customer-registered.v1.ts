import { defineEvent } from '../event-definition';

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
}

/**
 * A customer became known to the bank. Carries only what other services need to serve the customer
 * (language, time zone, country) — no name or contact data (data minimisation).
 */
export const CustomerRegisteredV1 = defineEvent<CustomerRegisteredV1Data>({
  type: 'crm.customer.registered.v1',
  producer: 'customer-profile',
  summary: 'A customer was registered.',
  dataSchema: {
    type: 'object',
    required: ['customerId', 'locale', 'timeZone', 'countryOfResidence', 'registeredAt'],
    properties: {
      customerId: { type: 'string', format: 'uuid' },
      locale: { type: 'string', minLength: 2, maxLength: 35 },
      timeZone: { type: 'string', minLength: 1, maxLength: 64 },
      countryOfResidence: { type: 'string', pattern: '^[A-Z]{2}$' },
      registeredAt: { type: 'string', format: 'date-time' },
    },
    additionalProperties: true,
  },
});
