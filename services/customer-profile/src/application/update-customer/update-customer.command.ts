import type { ProfileInput } from '../../domain/customer';

export interface UpdateCustomerCommand {
  customerId: string;
  /** The version the caller read (If-Match): the update applies only to that version. */
  expectedVersion: number;
  /** Fields to change; `null` removes an optional field. */
  changes: ProfileInput;
}
