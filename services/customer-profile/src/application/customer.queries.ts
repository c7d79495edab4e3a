import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import type { Customer } from '../domain/customer';
import { CustomerRepository } from './customer.repository';

@Injectable()
export class CustomerQueries {
  constructor(private readonly customers: CustomerRepository) {}

  async get(id: string): Promise<Customer> {
    const customer = await this.customers.findById(id);
    if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${id}`);
    return customer;
  }
}
