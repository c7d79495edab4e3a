/**
 * The platform keeps each idempotent request's reply for 24 hours so a retry gets it again; the reply to
 * a hardship request quotes its free-text notes, so erasure has to reach those replies too.
 */
export abstract class StoredReplies {
  /** Forgets every stored reply about the customer or one of their hardship requests; returns how many. */
  abstract forgetCustomer(customerId: string): Promise<number>;
}
