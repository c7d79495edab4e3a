import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ComplaintResolvedV1,
  CustomerContactPreferencesChangedV1,
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  EVENT_CATALOG,
  LoanRestructuredV1,
  type CrmEvent,
} from '@crm/contracts';
import { RecordSystemEventUseCase } from '../application/record-system-event/record-system-event.use-case';
import { TIMELINE_EVENT_TYPES } from '../domain/event-titles';

/** Handled by CustomerEventsHandler and SurveyTriggerEventsHandler: one handler per type. */
const HANDLED_ELSEWHERE = new Set([
  CustomerRegisteredV1.type,
  CustomerProfileUpdatedV1.type,
  CustomerContactPreferencesChangedV1.type,
  CustomerErasureRequestedV1.type,
  ComplaintResolvedV1.type,
  LoanRestructuredV1.type,
]);

/**
 * Every other service's customer-facing event that goes on the timeline as it is. interaction-log's
 * own events are put there when they are published, so it does not consume its own topic.
 */
export const PLAIN_TIMELINE_TYPES = TIMELINE_EVENT_TYPES.filter(
  (type) =>
    !HANDLED_ELSEWHERE.has(type) &&
    !EVENT_CATALOG.find((definition) => definition.type === type)?.producers.includes('interaction-log'),
);

@Controller()
export class TimelineEventsHandler {
  constructor(private readonly recordSystemEvent: RecordSystemEventUseCase) {}

  @EventPattern(PLAIN_TIMELINE_TYPES)
  onEvent(@Payload() event: CrmEvent): Promise<void> {
    return this.recordSystemEvent.execute(event);
  }
}
