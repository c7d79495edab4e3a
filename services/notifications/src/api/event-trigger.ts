import type { CrmEvent } from '@crm/contracts';
import type { TriggerWorkflowCommand } from '../application/trigger-workflow/trigger-workflow.command';

/** The trigger an event of another service makes: every contract event names its customer. */
export function triggerOf(event: CrmEvent): TriggerWorkflowCommand {
  return {
    kind: 'event',
    eventId: event.id,
    eventType: event.type,
    eventTime: event.time,
    customerId: (event.data as { customerId: string }).customerId,
    data: event.data,
  };
}
