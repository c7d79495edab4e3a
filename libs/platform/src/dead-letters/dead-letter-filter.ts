import type { DeadLetterView } from './dead-letter-view';

/** Which parked records an operator means; every given criterion must hold. */
export interface DeadLetterFilter {
  type?: string;
  /** ISO 8601: parked at or after this instant. */
  since?: string;
  id?: string;
}

export function matches(view: DeadLetterView, filter: DeadLetterFilter): boolean {
  if (filter.type !== undefined && view.type !== filter.type) return false;
  if (filter.id !== undefined && view.id !== filter.id) return false;
  if (filter.since !== undefined) {
    const failedAt = view.failedAt ? Date.parse(view.failedAt) : Number.NaN;
    if (!(failedAt >= Date.parse(filter.since))) return false;
  }
  return true;
}

export function isEmptyFilter(filter: DeadLetterFilter): boolean {
  return filter.type === undefined && filter.since === undefined && filter.id === undefined;
}

/**
 * `type=… since=… handled=1 failed=0`: the filter and the figures of a call, for the audit trail's
 * resource id. Values are validated ids, types and instants, so none holds a space or personal data.
 */
export function auditDescription(filter: DeadLetterFilter, figures: Record<string, number>): string {
  return Object.entries({ ...filter, ...figures })
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}
