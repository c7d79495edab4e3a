import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerVulnerabilityChangedV1,
  type CrmEvent,
  type CustomerErasureRequestedV1Data,
  type CustomerProfileUpdatedV1Data,
  type CustomerRegisteredV1Data,
  type CustomerVulnerabilityChangedV1Data,
} from '@crm/contracts';
import { EraseCustomerUseCase } from '../application/erase-customer/erase-customer.use-case';
import { RecordCustomerContactUseCase } from '../application/record-customer-contact/record-customer-contact.use-case';
import { RecordVulnerabilityAdjustmentsUseCase } from '../application/record-vulnerability-adjustments/record-vulnerability-adjustments.use-case';

/** Customer events: the contact copy, the vulnerability adjustments, erasure. Thin: each hands over to a use case. */
@Controller()
export class CustomerEventsHandler {
  constructor(
    private readonly recordContact: RecordCustomerContactUseCase,
    private readonly recordAdjustments: RecordVulnerabilityAdjustmentsUseCase,
    private readonly erase: EraseCustomerUseCase,
  ) {}

  @EventPattern(CustomerRegisteredV1.type)
  onRegistered(@Payload() event: CrmEvent<CustomerRegisteredV1Data>): Promise<void> {
    const { customerId, locale, timeZone } = event.data;
    return this.recordContact.execute(customerId, { locale, timeZone }, new Date(event.time));
  }

  @EventPattern(CustomerProfileUpdatedV1.type)
  onProfileUpdated(@Payload() event: CrmEvent<CustomerProfileUpdatedV1Data>): Promise<void> {
    const { locale, timeZone } = event.data.changes;
    return this.recordContact.execute(event.data.customerId, { locale, timeZone }, new Date(event.time));
  }

  @EventPattern(CustomerVulnerabilityChangedV1.type)
  onVulnerabilityChanged(@Payload() event: CrmEvent<CustomerVulnerabilityChangedV1Data>): Promise<void> {
    return this.recordAdjustments.execute(
      event.data.customerId,
      event.data.adjustments,
      new Date(event.time),
    );
  }

  @EventPattern(CustomerErasureRequestedV1.type)
  onErasureRequested(@Payload() event: CrmEvent<CustomerErasureRequestedV1Data>): Promise<void> {
    return this.erase.execute({ customerId: event.data.customerId, requestId: event.data.requestId });
  }
}
