import type { CrmEvent, EventDefinition } from '@crm/contracts';

export interface NewEvent<TData = unknown> {
  definition: EventDefinition<TData>;
  /** The customer the event is about: the partition key that keeps this customer's events in order. */
  customerId: string;
  /** The resource the event is about, when it is not the customer (e.g. `loans/<id>`). */
  subject?: string;
  /** When it happened (the CloudEvents `time`); defaults to now. */
  occurredAt?: Date;
  data: TData;
}

/** Builds a NewEvent with its data type checked against the definition. */
export function newEvent<TData>(
  definition: EventDefinition<TData>,
  customerId: string,
  data: TData,
  options: { subject?: string; occurredAt?: Date } = {},
): NewEvent<TData> {
  return { definition, customerId, data, ...options };
}

/**
 * The port through which use cases publish events. It must be called inside the transaction that
 * changes the state the events describe: the events commit, or are lost, together with that change.
 */
export abstract class EventPublisher {
  abstract publish(...events: NewEvent[]): Promise<CrmEvent[]>;
}
