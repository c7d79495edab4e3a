import {
  CustomerRegisteredV1,
  eventsTopic,
  type CrmEvent,
  type CustomerRegisteredV1Data,
  type EventDefinition,
  type ServiceName,
} from '@crm/contracts';
import { newId } from '@crm/kernel';
import { encodeEvent, type OutgoingRecord } from '@crm/messaging';

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

/**
 * Any platform event as its producer would publish it, ready for `platform.produce`: the record goes on
 * the producer's topic (under the suite's prefix) with the customer id as key.
 */
export function eventRecord<TData>(
  definition: EventDefinition<TData>,
  customerId: string,
  data: TData,
  options: { topicPrefix?: string; time?: string; id?: string; producer?: ServiceName } = {},
): { event: CrmEvent<TData>; record: OutgoingRecord } {
  const producer = options.producer ?? definition.producers[0];
  if (!producer) throw new Error(`${definition.type} has no producer`);
  const event: CrmEvent<TData> = {
    specversion: '1.0',
    id: options.id ?? newId(),
    source: `/crm/${producer}`,
    type: definition.type,
    time: options.time ?? new Date().toISOString(),
    datacontenttype: 'application/json',
    partitionkey: customerId,
    data,
  };
  return { event, record: encodeEvent(event, eventsTopic(producer, options.topicPrefix ?? '')) };
}
