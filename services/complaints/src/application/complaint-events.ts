import type { ComplaintEventBase } from '@crm/contracts';
import type { Complaint } from '../domain/complaint';

/** What every complaint event carries. */
export function eventBase(complaint: Complaint): ComplaintEventBase {
  const c = complaint.snapshot;
  return {
    complaintId: c.id,
    customerId: c.customerId,
    regime: c.regime,
    language: c.language,
    ...(c.loanId ? { loanId: c.loanId } : {}),
  };
}
