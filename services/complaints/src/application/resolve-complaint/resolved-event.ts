import { ComplaintResolvedV1 } from '@crm/contracts';
import { newEvent, type NewEvent } from '@crm/messaging';
import type { Complaint } from '../../domain/complaint';
import { eventBase } from '../complaint-events';

/** `crm.complaint.resolved.v1` for a complaint that has just been resolved. */
export function resolvedEvent(complaint: Complaint, now: Date): NewEvent[] {
  const c = complaint.snapshot;
  const resolution = c.resolution;
  if (!resolution) return [];
  return [
    newEvent(
      ComplaintResolvedV1,
      c.customerId,
      {
        ...eventBase(complaint),
        outcome: resolution.outcome,
        redress: resolution.redress,
        companyResponse: resolution.companyResponse,
        isOnTime: resolution.isOnTime,
        resolvedAt: resolution.resolvedAt,
      },
      { subject: `complaints/${c.id}`, occurredAt: now },
    ),
  ];
}
