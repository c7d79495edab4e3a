import { PERSONAL_DATA_FIELDS, type CustomerProfile, type PersonalDataField } from '../domain/customer';

/** The personal-data fields a record holds, by API name, for the audit trail. */
export function personalDataHeld(c: Readonly<CustomerProfile>): PersonalDataField[] {
  return PERSONAL_DATA_FIELDS.filter((field) => field === 'name.full' || c[field] !== undefined);
}
