import { CustomerChurnRiskChangedV1, CustomerSegmentChangedV1 } from '@crm/contracts';
import { newEvent, type NewEvent } from '@crm/messaging';
import type { Reassessment } from '../../domain/segmentation/customer-signals';

/** One `segment-changed` per dimension that moved, and a `churn-risk-changed` when the band moved. */
export function reassessmentEvents(customerId: string, reassessment: Reassessment, now: Date): NewEvent[] {
  const changedAt = now.toISOString();
  const segmentEvents = reassessment.segmentChanges.map((change) =>
    newEvent(CustomerSegmentChangedV1, customerId, { customerId, ...change, changedAt }, { occurredAt: now }),
  );
  const churn = reassessment.churnBandChange;
  const churnEvents = churn
    ? [
        newEvent(
          CustomerChurnRiskChangedV1,
          customerId,
          {
            customerId,
            score: churn.score,
            band: churn.band,
            previousBand: churn.previousBand,
            reasons: churn.reasons,
            changedAt,
          },
          { occurredAt: now },
        ),
      ]
    : [];
  return [...segmentEvents, ...churnEvents];
}
