/** One line of a customer's 360° timeline: an interaction on a channel, or an event of a service. */
export interface TimelineEntry {
  id: string;
  customerId: string;
  /** `interaction`, or the event type for system events (`crm.customer.registered.v1`). */
  type: string;
  /** `system` for events of the platform; a touchpoint channel (`branch`, `phone`, …) otherwise. */
  channel: string;
  occurredAt: Date;
  /** Short human-readable line for staff. */
  title: string;
  sourceEvent?: { id: string; type: string; source: string };
}

const TITLES: Record<string, string> = {
  'crm.customer.registered.v1': 'Customer registered',
};

/** The title staff read for a system event; unknown types still show, by their name. */
export function titleForEvent(type: string): string {
  return TITLES[type] ?? type;
}
