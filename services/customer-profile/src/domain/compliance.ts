import type { AmlFlag, KycStatus } from '@crm/contracts';
import { DomainError } from '@crm/kernel';

/** A change of KYC status or AML flags, set by a compliance system with its reason; kept as history. */
export interface ComplianceChange {
  id: string;
  customerId: string;
  kycStatus: KycStatus;
  kycExpiresOn?: string;
  amlFlags: AmlFlag[];
  reason: string;
  changedAt: Date;
}

export function newComplianceChange(change: ComplianceChange): ComplianceChange {
  if (change.kycStatus === 'verified' && change.kycExpiresOn === undefined) {
    throw new DomainError('COMPLIANCE_KYC_EXPIRY_REQUIRED', 'invalid', 'a verified KYC needs kycExpiresOn');
  }
  if (new Set(change.amlFlags).size !== change.amlFlags.length) {
    throw new DomainError('COMPLIANCE_DUPLICATE_FLAGS', 'invalid', 'amlFlags must not repeat');
  }
  return change;
}
