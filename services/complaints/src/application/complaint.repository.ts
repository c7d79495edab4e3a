import type { VulnerabilityAdjustment } from '@crm/contracts';
import type { Complaint, ComplaintStatus } from '../domain/complaint';

export interface ComplaintPosition {
  recordedAt: Date;
  id: string;
}

/** Port: where complaints are kept. Joins the surrounding transaction. */
export abstract class ComplaintRepository {
  abstract add(complaint: Complaint): Promise<void>;
  /** Saves a change; a concurrent change of the same complaint in between is a conflict. */
  abstract save(complaint: Complaint): Promise<void>;
  /** Loads a complaint; `forUpdate` locks it until the transaction ends. */
  abstract findById(id: string, forUpdate?: boolean): Promise<Complaint | undefined>;
  /** Newest first. */
  abstract list(filter: {
    customerId?: string;
    status?: ComplaintStatus;
    limit: number;
    before?: ComplaintPosition;
  }): Promise<Complaint[]>;
  /** Complaints received or resolved between two instants (reports refine by local date). */
  abstract activeBetween(from: Date, to: Date): Promise<Complaint[]>;
  abstract findByCustomer(customerId: string): Promise<Complaint[]>;
}

/** Port: local copy of who took part in which interaction (from `crm.interaction.recorded.v1`). */
export abstract class InvolvementRepository {
  abstract record(interactionId: string, customerId: string, staffId: string): Promise<void>;
  abstract staffOf(interactionId: string): Promise<Set<string>>;
}

export interface VulnerabilityCopy {
  adjustments: VulnerabilityAdjustment[];
  reviewDate?: string;
  changedAt: Date;
}

/** Port: local copy of a customer's vulnerability adjustments (never the note). */
export abstract class VulnerabilityRepository {
  /** Keeps the newest copy: an older event arriving late changes nothing. */
  abstract upsert(customerId: string, copy: VulnerabilityCopy): Promise<void>;
  abstract find(customerId: string): Promise<VulnerabilityCopy | undefined>;
  abstract erase(customerId: string): Promise<boolean>;
}

export interface SlaCandidate {
  complaintId: string;
  milestone: string;
  dueDate: string;
  timeZone: string;
  startsAt: Date;
  dueAt: Date;
}

/** Port: the running clocks and the record of SLA events fired. */
export abstract class SlaRepository {
  /** Watched milestones whose at-risk point (share of the time used) or end has passed without an alert. */
  abstract due(
    kind: 'at-risk' | 'breached',
    now: Date,
    share: number,
    limit: number,
  ): Promise<SlaCandidate[]>;
  /** Records the alert; false when another replica (or an earlier run) already fired it. */
  abstract claim(candidate: SlaCandidate, kind: 'at-risk' | 'breached', firedAt: Date): Promise<boolean>;
}
