import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { CustomerRepository } from '../application/customer.repository';
import { Customer } from '../domain/customer';
import { CustomerOrmEntity } from './customer.orm-entity';

@Injectable()
export class CustomerTypeOrmRepository extends CustomerRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(customer: Customer): Promise<void> {
    const c = customer.snapshot;
    await activeManager(this.dataSource).insert(CustomerOrmEntity, {
      ...c,
      email: c.email ?? null,
      phone: c.phone ?? null,
    });
  }

  async findById(id: string): Promise<Customer | undefined> {
    const row = await activeManager(this.dataSource).findOneBy(CustomerOrmEntity, { id });
    if (!row) return undefined;
    const { email, phone, ...rest } = row;
    return Customer.restore({
      ...rest,
      ...(email === null ? {} : { email }),
      ...(phone === null ? {} : { phone }),
    });
  }
}
