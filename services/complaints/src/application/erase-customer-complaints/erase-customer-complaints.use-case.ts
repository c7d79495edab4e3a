import { Injectable } from '@nestjs/common';
import { PrivacyErasureCompletedV1, type CustomerErasureRequestedV1Data } from '@crm/contracts';
import { Clock } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { AuditTrail } from '@crm/security';
import { ComplaintRepository, VulnerabilityRepository } from '../complaint.repository';
import { StoredReplies } from '../stored-replies.repository';

/** Why complaint records outlive an erasure request (GDPR Art. 17(3)(b) and (e): legal obligation, legal claims). */
const RETENTION_REASON =
  'legal obligation to keep complaint records (FCA DISP 1.9.1R: 3 years, 5 for MiFID business; CFPB Reg. B / ' +
  'UDAAP supervision; 银行业保险业消费投诉处理管理办法 Art. 30 archives) and defence of legal claims';

/**
 * Erasure (GDPR Art. 17, PIPL Art. 47): the narrative of closed complaints is redacted; the case record
 * stays for its retention period. The narrative of a complaint still open or with an ombudsman is kept
 * until it is closed, because the bank must still answer it; closing it then redacts it.
 */
@Injectable()
export class EraseCustomerComplaintsUseCase {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly vulnerabilities: VulnerabilityRepository,
    private readonly storedReplies: StoredReplies,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Runs inside the inbox transaction of the event. */
  async execute(request: CustomerErasureRequestedV1Data): Promise<void> {
    const now = this.clock.now();
    const complaints = await this.complaints.findByCustomer(request.customerId);
    const open = complaints.filter((c) => c.isOpen || c.snapshot.status === 'escalated');
    const closed = complaints.filter((c) => !open.includes(c));
    for (const complaint of closed) {
      if (complaint.snapshot.redactedAt) continue;
      complaint.redactNarrative(now);
      await this.complaints.save(complaint);
      await this.audit.record({
        action: 'complaint.erase-narrative',
        resourceType: 'complaint',
        resourceId: complaint.snapshot.id,
        fields: ['description', 'desiredOutcome'],
        outcome: 'success',
      });
    }
    for (const complaint of open) {
      if (complaint.snapshot.erasureRequestedAt) continue;
      complaint.deferErasure(now);
      await this.complaints.save(complaint);
    }
    const hadVulnerability = await this.vulnerabilities.erase(request.customerId);
    // The stored reply to a submission quotes the narrative, of open complaints too (the record keeps it).
    await this.storedReplies.forgetCustomer(request.customerId);
    const erased = [
      ...(closed.length > 0
        ? [`complaint narratives and desired outcomes (${closed.length} closed complaints)`]
        : []),
      ...(hadVulnerability ? ['copy of vulnerability adjustments'] : []),
    ];
    const retained = [
      ...(complaints.length > 0
        ? [
            {
              data: `complaint records (${complaints.length}): dates, classification, deadlines, outcome, redress, root cause, history`,
              reason: RETENTION_REASON,
            },
          ]
        : []),
      ...(open.length > 0
        ? [
            {
              data: `narratives of ${open.length} complaints still open or with an ombudsman`,
              reason: 'needed to answer the complaint (GDPR Art. 17(3)(e)); redacted when it is closed',
            },
          ]
        : []),
    ];
    await this.events.publish(
      newEvent(PrivacyErasureCompletedV1, request.customerId, {
        requestId: request.requestId,
        customerId: request.customerId,
        service: 'complaints',
        erased,
        retained,
        completedAt: now.toISOString(),
      }),
    );
  }
}
