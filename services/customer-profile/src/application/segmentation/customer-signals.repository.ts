import type { CustomerSignals } from '../../domain/segmentation/customer-signals';

export abstract class CustomerSignalsRepository {
  /**
   * The customer's signals, locked until the surrounding transaction ends (events and the review job
   * never assess one customer at the same time); started empty for a customer not seen before.
   * Undefined once the customer's data was erased: nothing is collected about them any more.
   */
  abstract lockOrStart(customerId: string): Promise<CustomerSignals | undefined>;
  /** Locks up to `limit` customers whose review time has come, skipping those another replica holds. */
  abstract lockDueForReview(now: Date, limit: number): Promise<CustomerSignals[]>;
  abstract save(signals: CustomerSignals, nextReviewAt: Date | null, now: Date): Promise<void>;
  abstract find(customerId: string): Promise<CustomerSignals | undefined>;
  /** Whether the customer is registered here and not erased (segments of unknown customers are a 404). */
  abstract isKnownCustomer(customerId: string): Promise<boolean>;
}
