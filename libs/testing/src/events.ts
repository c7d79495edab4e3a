import { CustomerRegisteredV1, type CrmEvent, type CustomerRegisteredV1Data } from '@crm/contracts';
import { newId } from '@crm/kernel';

/** A well-formed `crm.customer.registered.v1`, as customer-profile would publish it. */
export function customerRegisteredEvent(
  customerId: string,
  overrides: { time?: string; data?: Partial<CustomerRegisteredV1Data> } = {},
): CrmEvent<CustomerRegisteredV1Data> {
  const time = overrides.time ?? new Date().toISOString();
  return {
    specversion: '1.0',
    id: newId(),
    source: '/crm/customer-profile',
    type: CustomerRegisteredV1.type,
    time,
    subject: `customers/${customerId}`,
    datacontenttype: 'application/json',
    partitionkey: customerId,
    data: {
      customerId,
      locale: 'en-GB',
      timeZone: 'Europe/London',
      countryOfResidence: 'GB',
      registeredAt: time,
      ...overrides.data,
    },
  };
}
