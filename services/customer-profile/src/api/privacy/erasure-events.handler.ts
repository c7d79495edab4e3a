import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PrivacyErasureCompletedV1, type CrmEvent, type PrivacyErasureCompletedV1Data } from '@crm/contracts';
import { RecordErasureCompletionUseCase } from '../../application/privacy/record-erasure-completion/record-erasure-completion.use-case';

/** Every service's report that it has erased a customer, from each service's own topic. */
@Controller()
export class ErasureEventsHandler {
  constructor(private readonly recordCompletion: RecordErasureCompletionUseCase) {}

  @EventPattern(PrivacyErasureCompletedV1.type)
  onErasureCompleted(@Payload() event: CrmEvent<PrivacyErasureCompletedV1Data>): Promise<void> {
    return this.recordCompletion.execute({
      report: event.data,
      reportedBy: event.source.replace(/^\/crm\//, ''),
    });
  }
}
