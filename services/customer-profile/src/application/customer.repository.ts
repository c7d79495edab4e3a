import type { Customer } from '../domain/customer';

/** Port: where customers are kept. Implemented in infrastructure; joins the surrounding transaction. */
export abstract class CustomerRepository {
  abstract add(customer: Customer): Promise<void>;
  abstract findById(id: string): Promise<Customer | undefined>;
}
