import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import { AuditTrail } from '@crm/security';
import { PERSONAL_DATA_FIELDS, type Customer } from '../domain/customer';
import { CustomerRepository } from './customer.repository';

@Injectable()
export class CustomerQueries {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** A customer's record; the read of personal data is recorded in the audit trail. */
  async get(id: string, revealsPersonalData: boolean): Promise<Customer> {
    const customer = await this.customers.findById(id);
    if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${id}`);
    const c = customer.snapshot;
    await this.audit.record({
      action: 'customer.read',
      resourceType: 'customer',
      resourceId: id,
      fields: revealsPersonalData
        ? PERSONAL_DATA_FIELDS.filter((f) => f === 'name.full' || c[f] !== undefined)
        : ['name.full'],
      outcome: 'success',
    });
    return customer;
  }
}
