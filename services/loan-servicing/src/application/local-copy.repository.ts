import type { VulnerabilityAdjustment } from '@crm/contracts';

/**
 * Port: the little this service keeps from other services' events (event-carried state transfer):
 * the customer's language and time zone for letters, the adjustments agreed for a vulnerable customer,
 * and which complaints about a loan are open. None of it feeds the early warning except open
 * complaints about the loan itself.
 */
export abstract class LocalCopyRepository {
  abstract saveCustomerContact(
    customerId: string,
    contact: { locale?: string; timeZone?: string },
    at: Date,
  ): Promise<void>;
  abstract saveAdjustments(
    customerId: string,
    adjustments: VulnerabilityAdjustment[],
    at: Date,
  ): Promise<void>;
  abstract adjustments(customerId: string): Promise<VulnerabilityAdjustment[]>;
  abstract eraseCustomer(customerId: string): Promise<boolean>;
  abstract saveComplaint(
    complaint: { complaintId: string; loanId: string; customerId: string; isOpen: boolean },
    at: Date,
  ): Promise<void>;
  abstract openComplaints(loanId: string): Promise<number>;
}
