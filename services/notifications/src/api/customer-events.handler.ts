import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CustomerChurnRiskChangedV1,
  CustomerConsentChangedV1,
  CustomerContactPreferencesChangedV1,
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerSensitiveDataDeletedV1,
  CustomerVulnerabilityChangedV1,
  type CrmEvent,
  type CustomerErasureRequestedV1Data,
} from '@crm/contracts';
import { EraseCustomerUseCase } from '../application/erase-customer/erase-customer.use-case';
import { RecordRecipientChangeUseCase } from '../application/record-recipient-change/record-recipient-change.use-case';
import { TriggerWorkflowUseCase } from '../application/trigger-workflow/trigger-workflow.use-case';
import { triggerOf } from './event-trigger';

/** Customer-profile events: the local copy of the recipient, and the workflows they trigger. */
@Controller()
export class CustomerEventsHandler {
  constructor(
    private readonly recordChange: RecordRecipientChangeUseCase,
    private readonly trigger: TriggerWorkflowUseCase,
    private readonly erase: EraseCustomerUseCase,
  ) {}

  @EventPattern(CustomerRegisteredV1.type)
  async onRegistered(@Payload() event: CrmEvent): Promise<void> {
    await this.recordChange.execute(event);
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(CustomerContactPreferencesChangedV1.type)
  onContactPreferencesChanged(@Payload() event: CrmEvent): Promise<void> {
    return this.recordChange.execute(event);
  }

  @EventPattern(CustomerConsentChangedV1.type)
  onConsentChanged(@Payload() event: CrmEvent): Promise<void> {
    return this.recordChange.execute(event);
  }

  @EventPattern(CustomerVulnerabilityChangedV1.type)
  onVulnerabilityChanged(@Payload() event: CrmEvent): Promise<void> {
    return this.recordChange.execute(event);
  }

  @EventPattern(CustomerProfileUpdatedV1.type)
  onProfileUpdated(@Payload() event: CrmEvent): Promise<void> {
    return this.recordChange.execute(event);
  }

  @EventPattern(CustomerSensitiveDataDeletedV1.type)
  onSensitiveDataDeleted(@Payload() event: CrmEvent): Promise<void> {
    return this.recordChange.execute(event);
  }

  @EventPattern(CustomerChurnRiskChangedV1.type)
  async onChurnRiskChanged(@Payload() event: CrmEvent): Promise<void> {
    await this.trigger.execute(triggerOf(event));
  }

  @EventPattern(CustomerErasureRequestedV1.type)
  onErasureRequested(@Payload() event: CrmEvent<CustomerErasureRequestedV1Data>): Promise<void> {
    return this.erase.execute(event.data);
  }
}
