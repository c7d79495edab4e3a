import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CustomerErasureRequestedV1,
  CustomerVulnerabilityChangedV1,
  InteractionRecordedV1,
  type CrmEvent,
  type CustomerErasureRequestedV1Data,
  type CustomerVulnerabilityChangedV1Data,
  type InteractionRecordedV1Data,
} from '@crm/contracts';
import { EraseCustomerComplaintsUseCase } from '../application/erase-customer-complaints/erase-customer-complaints.use-case';
import { RecordInteractionInvolvementUseCase } from '../application/record-interaction-involvement/record-interaction-involvement.use-case';
import { RecordVulnerabilityUseCase } from '../application/record-vulnerability/record-vulnerability.use-case';

/** Other services' events this service keeps a copy of, or acts on. Thin: each hands over to a use case. */
@Controller()
export class ComplaintEventsHandler {
  constructor(
    private readonly recordInvolvement: RecordInteractionInvolvementUseCase,
    private readonly recordVulnerability: RecordVulnerabilityUseCase,
    private readonly eraseCustomer: EraseCustomerComplaintsUseCase,
  ) {}

  @EventPattern(InteractionRecordedV1.type)
  onInteractionRecorded(@Payload() event: CrmEvent<InteractionRecordedV1Data>): Promise<void> {
    return this.recordInvolvement.execute(event.data);
  }

  @EventPattern(CustomerVulnerabilityChangedV1.type)
  onVulnerabilityChanged(@Payload() event: CrmEvent<CustomerVulnerabilityChangedV1Data>): Promise<void> {
    return this.recordVulnerability.execute(event.data);
  }

  @EventPattern(CustomerErasureRequestedV1.type)
  onErasureRequested(@Payload() event: CrmEvent<CustomerErasureRequestedV1Data>): Promise<void> {
    return this.eraseCustomer.execute(event.data);
  }
}
