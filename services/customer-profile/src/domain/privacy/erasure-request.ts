import { SERVICES, type ServiceName } from '@crm/contracts';
import { DomainError } from '@crm/kernel';

export interface RetainedData {
  data: string;
  /** The legal ground for keeping it. */
  reason: string;
}

export interface ServiceErasureStatus {
  service: ServiceName;
  status: 'pending' | 'completed';
  erased: string[];
  retained: RetainedData[];
  completedAt: string | null;
}

export interface ErasureRequestState {
  id: string;
  customerId: string;
  requestedAt: string;
  /** Every service of the platform, each reporting its own completion. */
  services: ServiceErasureStatus[];
}

/**
 * A data subject's erasure request (GDPR Art. 17, PIPL Art. 47), tracked until every service of the
 * platform has reported what it erased and what it kept: only then is it complete (Art. 12(3): the
 * bank answers the customer within a month).
 */
export class ErasureRequest {
  private constructor(private readonly state: ErasureRequestState) {}

  static open(id: string, customerId: string, requestedAt: Date): ErasureRequest {
    return new ErasureRequest({
      id,
      customerId,
      requestedAt: requestedAt.toISOString(),
      services: SERVICES.map((service) => ({
        service,
        status: 'pending',
        erased: [],
        retained: [],
        completedAt: null,
      })),
    });
  }

  static restore(state: ErasureRequestState): ErasureRequest {
    return new ErasureRequest(state);
  }

  get snapshot(): Readonly<ErasureRequestState> {
    return this.state;
  }

  get status(): 'pending' | 'completed' {
    return this.state.services.every((s) => s.status === 'completed') ? 'completed' : 'pending';
  }

  get completedAt(): string | null {
    if (this.status !== 'completed') return null;
    return (
      this.state.services
        .map((s) => s.completedAt ?? '')
        .sort()
        .at(-1) ?? null
    );
  }

  /**
   * Records a service's report. The first report of a service counts; a repeated one (a redelivered
   * event, a service replaying its outbox) changes nothing. Returns whether anything changed.
   */
  recordCompletion(report: {
    customerId: string;
    service: ServiceName;
    erased: string[];
    retained: RetainedData[];
    completedAt: string;
  }): boolean {
    if (report.customerId !== this.state.customerId)
      throw new DomainError(
        'ERASURE_REPORT_CUSTOMER_MISMATCH',
        'invalid',
        `A completion for request ${this.state.id} names another customer.`,
      );
    const entry = this.state.services.find((s) => s.service === report.service);
    if (!entry || entry.status === 'completed') return false;
    Object.assign(entry, {
      status: 'completed',
      erased: report.erased,
      retained: report.retained,
      completedAt: report.completedAt,
    });
    return true;
  }
}
