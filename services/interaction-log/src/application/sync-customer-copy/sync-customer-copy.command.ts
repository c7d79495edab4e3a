import type { StatedPreferences } from '../../domain/channel-profile';

/** The fields an event of customer-profile carries; absent ones stay as they were. */
export interface SyncCustomerCopyCommand extends Partial<StatedPreferences> {
  customerId: string;
}
