import { Injectable } from '@nestjs/common';
import { CustomerRegisteredV1 } from '@crm/contracts';
import { Clock, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { Customer, PERSONAL_DATA_FIELDS } from '../../domain/customer';
import { CustomerRepository } from '../customer.repository';
import type { RegisterCustomerCommand } from './register-customer.command';

@Injectable()
export class RegisterCustomerUseCase {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RegisterCustomerCommand): Promise<Customer> {
    const customer = Customer.register(
      newId(),
      {
        fullName: command.name.full,
        locale: command.locale,
        timeZone: command.timeZone,
        countryOfResidence: command.countryOfResidence,
        email: command.email,
        phone: command.phone,
      },
      this.clock.now(),
    );
    const c = customer.snapshot;
    await this.transactions.run(async () => {
      await this.customers.add(customer);
      await this.audit.record({
        action: 'customer.register',
        resourceType: 'customer',
        resourceId: c.id,
        fields: PERSONAL_DATA_FIELDS.filter((field) => field === 'name.full' || c[field] !== undefined),
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          CustomerRegisteredV1,
          c.id,
          {
            customerId: c.id,
            locale: c.locale,
            timeZone: c.timeZone,
            countryOfResidence: c.countryOfResidence,
            registeredAt: c.registeredAt.toISOString(),
          },
          { occurredAt: c.registeredAt },
        ),
      );
    });
    return customer;
  }
}
