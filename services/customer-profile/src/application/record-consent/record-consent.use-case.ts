import { Injectable } from '@nestjs/common';
import { CustomerConsentChangedV1, CustomerSensitiveDataDeletedV1 } from '@crm/contracts';
import { Clock, NotFoundError, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { CULTURAL_PERSONALISATION, newConsentRecord, type ConsentRecord } from '../../domain/consent';
import { ConsentRepository } from '../consent.repository';
import { CustomerRepository } from '../customer.repository';
import type { RecordConsentCommand } from './record-consent.command';

@Injectable()
export class RecordConsentUseCase {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly consents: ConsentRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RecordConsentCommand): Promise<ConsentRecord> {
    const now = this.clock.now();
    const record = newConsentRecord({ id: newId(), ...command, changedAt: now });
    return this.transactions.run(async () => {
      const customer = await this.customers.findById(command.customerId, { forUpdate: true });
      if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${command.customerId}`);
      await this.consents.append(record);
      await this.audit.record({
        action: `consent.${record.status}`,
        resourceType: 'customer',
        resourceId: record.customerId,
        fields: [`consents.${record.purpose}.${record.channel}`],
        outcome: 'success',
      });
      const changedAt = now.toISOString();
      await this.events.publish(
        newEvent(
          CustomerConsentChangedV1,
          record.customerId,
          {
            customerId: record.customerId,
            purpose: record.purpose,
            channel: record.channel,
            status: record.status,
            wordingVersion: record.wordingVersion,
            sourceChannel: record.sourceChannel,
            changedAt,
          },
          { occurredAt: now },
        ),
      );
      // Special-category data goes with its consent (GDPR Art. 9 and 17(1)(b), PIPL Art. 29 and 47).
      if (record.purpose === CULTURAL_PERSONALISATION && record.status === 'withdrawn') {
        const version = customer.snapshot.version;
        if (customer.forgetFestivals(now)) {
          await this.customers.update(customer, version);
          await this.audit.record({
            action: 'customer.sensitive-data-deleted',
            resourceType: 'customer',
            resourceId: record.customerId,
            fields: ['observedFestivals'],
            outcome: 'success',
          });
          await this.events.publish(
            newEvent(
              CustomerSensitiveDataDeletedV1,
              record.customerId,
              {
                customerId: record.customerId,
                attributes: ['observedFestivals'],
                reason: 'consent-withdrawn',
                deletedAt: changedAt,
              },
              { occurredAt: now },
            ),
          );
        }
      }
      return record;
    });
  }
}
