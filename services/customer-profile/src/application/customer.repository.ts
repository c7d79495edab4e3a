import type { Customer } from '../domain/customer';

/** Exact-match and prefix criteria; values as the caller typed them (the repository hashes and normalises). */
export interface CustomerSearch {
  email?: string;
  /** E.164. */
  phone?: string;
  documentNumber?: string;
  /** Already in search form (see nameSearchForm). */
  namePrefix?: string;
  /** Customers with an id greater than this one (cursor). */
  after?: string;
  limit: number;
}

/** Port: where customers are kept. Implemented in infrastructure; joins the surrounding transaction. */
export abstract class CustomerRepository {
  abstract add(customer: Customer): Promise<void>;
  /**
   * `forUpdate` locks the row until the transaction ends, so that changes to one customer queue up; it
   * also refuses a customer under erasure (`CUSTOMER_ERASED`), so that no change brings their data back.
   */
  abstract findById(id: string, options?: { forUpdate?: boolean }): Promise<Customer | undefined>;
  /** Saves a changed customer unless another version was saved since `expectedVersion`; false when stale. */
  abstract update(customer: Customer, expectedVersion: number): Promise<boolean>;
  /** Ordered by id. */
  abstract search(criteria: CustomerSearch): Promise<Customer[]>;
}
