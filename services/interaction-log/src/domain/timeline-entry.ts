/** One line of a customer's 360° timeline: an interaction on a channel, or an event of a service. */
export interface TimelineEntry {
  id: string;
  customerId: string;
  /** `interaction`, or the event type for system events (`crm.customer.registered.v1`). */
  type: string;
  /** `system` for events of the platform; a touchpoint or message channel (`branch`, `sms`, …) otherwise. */
  channel: string;
  occurredAt: Date;
  /** Short human-readable line for staff, built from the event's data; never free text. */
  title: string;
  sourceEvent?: { id: string; type: string; source: string };
  /** Set on interaction entries: the interaction they show. */
  interactionId?: string;
  /** An interaction that a correction superseded: hidden from the default view, kept for history. */
  isSuperseded?: boolean;
}

/** The type of timeline entries that show an interaction. */
export const INTERACTION_ENTRY_TYPE = 'interaction';
