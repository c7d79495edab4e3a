import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CustomerRegisteredV1, type CrmEvent } from '@crm/contracts';
import { RecordSystemEventUseCase } from '../application/record-system-event/record-system-event.use-case';

/** Customer events that belong on the timeline. Thin: each hands the event to a use case. */
@Controller()
export class CustomerEventsHandler {
  constructor(private readonly recordSystemEvent: RecordSystemEventUseCase) {}

  @EventPattern(CustomerRegisteredV1.type)
  onCustomerRegistered(@Payload() event: CrmEvent): Promise<void> {
    return this.recordSystemEvent.execute(event);
  }
}
