import {
  CustomerContactPreferencesChangedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  type ServiceName,
} from '@crm/contracts';

/** What a consumer of customer-profile's events keeps of a customer, found in its migrations. */
export interface CustomerConsumer {
  service: ServiceName;
  /** The types of the traffic's events it handles: each is recorded in its inbox once. */
  handles: ReadonlySet<string>;
  /** interaction-log: one timeline entry per event (timeline_entries.source_event_id). */
  timeline?: true;
  /** A table keyed by customer_id with the customer's time_zone, which the follow-up changes. */
  copy?: 'loan_customers' | 'recipients';
}

/**
 * The consumers a registration and its follow-up must reach. complaints is not among them: of customer
 * events it keeps only vulnerability changes and erasures, so the traffic's customers leave nothing in
 * its database to check; it still counts in quiescence (its group must read everything) and in the
 * dead letters.
 */
export const CUSTOMER_CONSUMERS: readonly CustomerConsumer[] = [
  {
    service: 'interaction-log',
    handles: new Set([
      CustomerRegisteredV1.type,
      CustomerProfileUpdatedV1.type,
      CustomerContactPreferencesChangedV1.type,
    ]),
    timeline: true,
  },
  {
    service: 'loan-servicing',
    handles: new Set([CustomerRegisteredV1.type, CustomerProfileUpdatedV1.type]),
    copy: 'loan_customers',
  },
  {
    service: 'notifications',
    handles: new Set([
      CustomerRegisteredV1.type,
      CustomerProfileUpdatedV1.type,
      CustomerContactPreferencesChangedV1.type,
    ]),
    copy: 'recipients',
  },
];
