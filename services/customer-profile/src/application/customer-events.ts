import { CustomerContactPreferencesChangedV1, CustomerProfileUpdatedV1 } from '@crm/contracts';
import { newEvent } from '@crm/messaging';
import type { Customer, ProfileField } from '../domain/customer';

/** Everything notifications needs to reach and address the customer (the one event with contact data). */
export function contactPreferencesChanged(customer: Customer, changedAt: Date) {
  const c = customer.snapshot;
  return newEvent(
    CustomerContactPreferencesChangedV1,
    c.id,
    {
      customerId: c.id,
      locale: c.locale,
      timeZone: c.timeZone,
      countryOfResidence: c.countryOfResidence,
      ...(c.communicationStyle ? { communicationStyle: c.communicationStyle } : {}),
      addressAs: {
        full: c.name.full,
        ...(c.name.given === undefined ? {} : { given: c.name.given }),
        ...(c.name.family === undefined ? {} : { family: c.name.family }),
        ...(c.name.order === undefined ? {} : { order: c.name.order }),
        ...(c.name.preferredName === undefined ? {} : { preferredName: c.name.preferredName }),
        ...(c.honorific === undefined ? {} : { honorific: c.honorific }),
      },
      preferredChannels: c.preferredChannels,
      ...(c.contactHours ? { contactHours: c.contactHours } : {}),
      contactPoints: {
        ...(c.email === undefined ? {} : { email: c.email }),
        ...(c.phone === undefined ? {} : { phone: c.phone }),
        ...c.messengerIds,
        ...(c.postalAddress ? { postalAddress: c.postalAddress } : {}),
      },
      changedAt: changedAt.toISOString(),
    },
    { occurredAt: changedAt },
  );
}

/** What changed, with the new values of the non-personal fields other services keep copies of. */
export function profileUpdated(
  customer: Customer,
  changed: ProfileField[],
  changedFields: string[],
  updatedAt: Date,
) {
  const c = customer.snapshot;
  const shared = [
    'locale',
    'additionalLocales',
    'timeZone',
    'countryOfResidence',
    'communicationStyle',
  ] as const;
  const changes: Record<string, unknown> = {};
  for (const field of shared)
    if (changed.includes(field) && c[field] !== undefined) changes[field] = c[field];
  // Festivals travel only while consent is granted, which is the only time the record holds them.
  if (changed.includes('observedFestivals') && c.observedFestivals)
    changes.observedFestivals = c.observedFestivals;
  return newEvent(
    CustomerProfileUpdatedV1,
    c.id,
    {
      customerId: c.id,
      changedFields,
      changes,
      version: c.version,
      updatedAt: updatedAt.toISOString(),
    },
    { occurredAt: updatedAt },
  );
}
