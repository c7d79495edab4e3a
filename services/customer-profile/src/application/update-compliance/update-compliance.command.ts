import type { AmlFlag, KycStatus } from '@crm/contracts';

export interface UpdateComplianceCommand {
  customerId: string;
  kycStatus: KycStatus;
  /** YYYY-MM-DD. */
  kycExpiresOn?: string;
  amlFlags: AmlFlag[];
  reason: string;
}
