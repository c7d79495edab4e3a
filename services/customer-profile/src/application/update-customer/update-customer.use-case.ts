import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError } from '@crm/kernel';
import { EventPublisher } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { CULTURAL_PERSONALISATION } from '../../domain/consent';
import { Customer, REACHABILITY_FIELDS, changedFieldNames } from '../../domain/customer';
import { ConsentRepository } from '../consent.repository';
import { contactPreferencesChanged, profileUpdated } from '../customer-events';
import { CustomerRepository } from '../customer.repository';
import type { UpdateCustomerCommand } from './update-customer.command';

function stale(id: string, expected: number, current: number): DomainError {
  return new DomainError(
    'CUSTOMER_VERSION_STALE',
    'precondition-failed',
    `customer ${id} is at version ${current}, not ${expected}: read it again and reapply the change`,
  );
}

@Injectable()
export class UpdateCustomerUseCase {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly consents: ConsentRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: UpdateCustomerCommand): Promise<Customer> {
    const { customerId, expectedVersion } = command;
    return this.transactions.run(async () => {
      // The row lock orders this update after a concurrent consent withdrawal, so festivals can never
      // be written back just after the consent for them was withdrawn.
      const customer = await this.customers.findById(customerId, { forUpdate: true });
      if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${customerId}`);
      const before = customer.snapshot;
      if (before.version !== expectedVersion) throw stale(customerId, expectedVersion, before.version);
      const hasFestivalConsent =
        command.changes.observedFestivals === undefined || command.changes.observedFestivals === null
          ? false
          : await this.consents.isGranted(customerId, CULTURAL_PERSONALISATION, 'any');
      const now = this.clock.now();
      const changed = customer.update(command.changes, now, hasFestivalConsent);
      if (changed.length === 0) return customer;
      if (!(await this.customers.update(customer, expectedVersion))) {
        throw stale(customerId, expectedVersion, expectedVersion + 1);
      }
      const fieldNames = changedFieldNames(before.name, customer.snapshot.name, changed);
      await this.audit.record({
        action: 'customer.update',
        resourceType: 'customer',
        resourceId: customerId,
        fields: fieldNames,
        outcome: 'success',
      });
      await this.events.publish(profileUpdated(customer, changed, fieldNames, now));
      if (changed.some((field) => REACHABILITY_FIELDS.includes(field))) {
        await this.events.publish(contactPreferencesChanged(customer, now));
      }
      return customer;
    });
  }
}
