import type { StatedPreferences } from '../domain/channel-profile';

/** The little interaction-log keeps of a customer: locale, time zone, stated channels and hours. */
export interface CustomerCopy extends StatedPreferences {
  customerId: string;
}

export abstract class CustomerCopyRepository {
  abstract get(customerId: string): Promise<CustomerCopy | undefined>;
  /** Creates the copy or overwrites the fields given. */
  abstract merge(customerId: string, fields: Partial<StatedPreferences>): Promise<void>;
  abstract remove(customerId: string): Promise<void>;
}
