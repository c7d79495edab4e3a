import {
  decodeEvent,
  readDeadLetterHeaders,
  type DeadLetterHeaders,
  type ReceivedRecord,
} from '@crm/messaging';

/** A parked record as an operator sees it: why and where from (its headers), and which event it is. */
export interface DeadLetterView extends DeadLetterHeaders {
  /** The event's id and type; absent when the record does not even decode as a CloudEvent. */
  id?: string;
  type?: string;
  customerKey: string;
}

export function viewOf(parked: ReceivedRecord): DeadLetterView {
  const event = decodedOrUndefined(parked);
  return {
    ...(event ? { id: event.id, type: event.type } : {}),
    customerKey: parked.key,
    ...readDeadLetterHeaders(parked),
  };
}

function decodedOrUndefined(parked: ReceivedRecord) {
  try {
    return decodeEvent(parked);
  } catch {
    // Unreadable records are parked too: the headers are all there is to list.
    return undefined;
  }
}
