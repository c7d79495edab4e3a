import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@crm/kernel';
import { AuditTrail } from '@crm/security';
import { CustomerSignals, type StoredAssessment } from '../../domain/segmentation/customer-signals';
import { ActiveSegmentationRules } from './active-segmentation-rules';
import { CustomerSignalsRepository } from './customer-signals.repository';

export interface SegmentsView extends StoredAssessment {
  customerId: string;
}

@Injectable()
export class SegmentationQueries {
  constructor(
    private readonly signals: CustomerSignalsRepository,
    private readonly rules: ActiveSegmentationRules,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** The current segments and churn risk; a registered customer no event has mentioned yet is assessed on the spot. */
  async get(customerId: string): Promise<SegmentsView> {
    const stored = await this.signals.find(customerId);
    let assessment = stored?.snapshot.assessment ?? null;
    if (!assessment) {
      if (!(await this.signals.isKnownCustomer(customerId)))
        throw new NotFoundError('CUSTOMER_NOT_FOUND', 'No such customer.');
      const fresh = CustomerSignals.start(customerId);
      fresh.reassess(this.rules.rules, this.clock.now());
      assessment = fresh.snapshot.assessment;
    }
    if (!assessment) throw new NotFoundError('CUSTOMER_NOT_FOUND', 'No such customer.');
    await this.audit.record({
      action: 'customer.segments.read',
      resourceType: 'customer',
      resourceId: customerId,
      fields: ['segments', 'churnRisk'],
      outcome: 'success',
    });
    return { customerId, ...assessment };
  }
}
