/**
 * The platform keeps each idempotent request's reply for 24 hours so a retry gets it again; those
 * replies can quote personal text (a summary, a comment), so erasure has to reach them too.
 */
export abstract class StoredReplies {
  /** Forgets every stored reply about the customer; returns how many. */
  abstract forgetCustomer(customerId: string): Promise<number>;
}
