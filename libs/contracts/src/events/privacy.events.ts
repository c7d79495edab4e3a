import { defineEvent } from '../event-definition';
import { s } from '../schema';
import { SERVICES, type ServiceName } from '../topics';

export interface PrivacyErasureCompletedV1Data {
  requestId: string;
  customerId: string;
  /** The service reporting; each service publishes this once per request on its own topic. */
  service: ServiceName;
  /** What was erased or anonymised, e.g. `interaction summaries`. */
  erased: string[];
  /** What was kept, and the legal ground for keeping it. */
  retained: { data: string; reason: string }[];
  completedAt: string;
}

/**
 * The contract every service honours on `crm.customer.erasure-requested.v1`: erase or anonymise the
 * customer's personal data it holds, keep only what law requires (saying why), then publish this.
 */
export const PrivacyErasureCompletedV1 = defineEvent<PrivacyErasureCompletedV1Data>({
  type: 'crm.privacy.erasure-completed.v1',
  producers: SERVICES,
  summary: 'A service finished erasing a customer, and says what it kept and why.',
  dataSchema: s.object(['requestId', 'customerId', 'service', 'erased', 'retained', 'completedAt'], {
    requestId: s.uuid(),
    customerId: s.uuid(),
    service: s.oneOf(SERVICES),
    erased: s.list(s.text(200), 50),
    retained: s.list(s.object(['data', 'reason'], { data: s.text(200), reason: s.text(500) }), 50),
    completedAt: s.instant(),
  }),
  example: {
    requestId: '0192f0c2-7b1e-7cc1-8a3e-aaaaaaaaaaaa',
    customerId: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
    service: 'loan-servicing',
    erased: ['contact copies', 'hardship notes'],
    retained: [{ data: 'loan ledger', reason: 'legal hold: bookkeeping retention, 10 years' }],
    completedAt: '2026-11-24T08:00:05.000Z',
  },
});
