import { Injectable } from '@nestjs/common';
import { CustomerRegisteredV1 } from '@crm/contracts';
import { Clock, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { Customer } from '../../domain/customer';
import { personalDataHeld } from '../customer-audit';
import { contactPreferencesChanged } from '../customer-events';
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
    const now = this.clock.now();
    // No consent can exist before the customer does, so festivals are refused at registration.
    const customer = Customer.register(newId(), command, now, false);
    const c = customer.snapshot;
    await this.transactions.run(async () => {
      await this.customers.add(customer);
      await this.audit.record({
        action: 'customer.register',
        resourceType: 'customer',
        resourceId: c.id,
        fields: personalDataHeld(c),
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
            ...(c.additionalLocales.length > 0 ? { additionalLocales: c.additionalLocales } : {}),
            ...(c.communicationStyle ? { communicationStyle: c.communicationStyle } : {}),
          },
          { occurredAt: c.registeredAt },
        ),
      );
      // Notifications learns how to reach the customer as soon as there is a way to: a contact point
      // or a preferred channel. A registration with neither has nothing to deliver to yet; the first
      // update that adds one publishes the event.
      if (isReachable(customer)) await this.events.publish(contactPreferencesChanged(customer, now));
    });
    return customer;
  }
}

function isReachable(customer: Customer): boolean {
  const c = customer.snapshot;
  return (
    c.email !== undefined ||
    c.phone !== undefined ||
    c.postalAddress !== undefined ||
    (c.messengerIds !== undefined && Object.keys(c.messengerIds).length > 0) ||
    c.preferredChannels.length > 0
  );
}
