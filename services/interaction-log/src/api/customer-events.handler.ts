import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CustomerContactPreferencesChangedV1,
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  type CrmEvent,
  type CustomerContactPreferencesChangedV1Data,
  type CustomerErasureRequestedV1Data,
  type CustomerProfileUpdatedV1Data,
  type CustomerRegisteredV1Data,
} from '@crm/contracts';
import { EraseCustomerUseCase } from '../application/erase-customer/erase-customer.use-case';
import { RecordSystemEventUseCase } from '../application/record-system-event/record-system-event.use-case';
import { SyncCustomerCopyUseCase } from '../application/sync-customer-copy/sync-customer-copy.use-case';

/**
 * Customer events that also feed the local copy (locale, time zone, stated channels and hours) or
 * start an erasure. Thin: each hands the event to use cases, in the one inbox transaction.
 */
@Controller()
export class CustomerEventsHandler {
  constructor(
    private readonly recordSystemEvent: RecordSystemEventUseCase,
    private readonly syncCustomerCopy: SyncCustomerCopyUseCase,
    private readonly eraseCustomer: EraseCustomerUseCase,
  ) {}

  @EventPattern(CustomerRegisteredV1.type)
  async onCustomerRegistered(@Payload() event: CrmEvent<CustomerRegisteredV1Data>): Promise<void> {
    const { customerId, locale, timeZone } = event.data;
    await this.syncCustomerCopy.execute({ customerId, locale, timeZone });
    await this.recordSystemEvent.execute(event);
  }

  @EventPattern(CustomerProfileUpdatedV1.type)
  async onProfileUpdated(@Payload() event: CrmEvent<CustomerProfileUpdatedV1Data>): Promise<void> {
    const { locale, timeZone } = event.data.changes;
    await this.syncCustomerCopy.execute({ customerId: event.data.customerId, locale, timeZone });
    await this.recordSystemEvent.execute(event);
  }

  /** Only locale, time zone, channels and hours are kept: names and contact points are not copied. */
  @EventPattern(CustomerContactPreferencesChangedV1.type)
  async onContactPreferencesChanged(
    @Payload() event: CrmEvent<CustomerContactPreferencesChangedV1Data>,
  ): Promise<void> {
    const { customerId, locale, timeZone, preferredChannels, contactHours } = event.data;
    await this.syncCustomerCopy.execute({ customerId, locale, timeZone, preferredChannels, contactHours });
    await this.recordSystemEvent.execute(event);
  }

  @EventPattern(CustomerErasureRequestedV1.type)
  async onErasureRequested(@Payload() event: CrmEvent<CustomerErasureRequestedV1Data>): Promise<void> {
    await this.recordSystemEvent.execute(event);
    await this.eraseCustomer.execute({ customerId: event.data.customerId, requestId: event.data.requestId });
  }
}
