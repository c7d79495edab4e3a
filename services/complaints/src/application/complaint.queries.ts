import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import { AuditTrail } from '@crm/security';
import type { Complaint, ComplaintStatus } from '../domain/complaint';
import {
  ComplaintRepository,
  VulnerabilityRepository,
  type ComplaintPosition,
  type VulnerabilityCopy,
} from './complaint.repository';

export interface ComplaintView {
  complaint: Complaint;
  /** The customer's agreed adjustments (never the note), shown to the handler. */
  vulnerability?: VulnerabilityCopy;
}

@Injectable()
export class ComplaintQueries {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly vulnerabilities: VulnerabilityRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** A complaint with its customer's adjustments; reading the narrative is audited. */
  async get(id: string): Promise<ComplaintView> {
    const complaint = await this.complaints.findById(id);
    if (!complaint) throw new NotFoundError('COMPLAINT_NOT_FOUND', `no complaint ${id}`);
    await this.audit.record({
      action: 'complaint.read',
      resourceType: 'complaint',
      resourceId: id,
      fields: ['description', 'desiredOutcome'],
      outcome: 'success',
    });
    return this.withVulnerability(complaint);
  }

  async withVulnerability(complaint: Complaint): Promise<ComplaintView> {
    const vulnerability = await this.vulnerabilities.find(complaint.snapshot.customerId);
    return vulnerability && vulnerability.adjustments.length > 0
      ? { complaint, vulnerability }
      : { complaint };
  }

  async page(filter: {
    customerId?: string;
    status?: ComplaintStatus;
    limit: number;
    before?: ComplaintPosition;
  }): Promise<{ complaints: Complaint[]; next?: ComplaintPosition }> {
    // One extra row tells whether another page exists without a count query.
    const rows = await this.complaints.list({ ...filter, limit: filter.limit + 1 });
    const complaints = rows.slice(0, filter.limit);
    const last = complaints[complaints.length - 1];
    return {
      complaints,
      next:
        rows.length > filter.limit && last
          ? { recordedAt: last.snapshot.recordedAt, id: last.snapshot.id }
          : undefined,
    };
  }
}
