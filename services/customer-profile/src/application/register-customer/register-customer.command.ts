import type { CustomerProfile, ProfileInput } from '../../domain/customer';

/** A new customer's profile as the API received it (optional fields absent or null when not given). */
export type RegisterCustomerCommand = ProfileInput &
  Pick<CustomerProfile, 'name' | 'locale' | 'timeZone' | 'countryOfResidence'>;
