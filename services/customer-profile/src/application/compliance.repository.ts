import type { ComplianceChange } from '../domain/compliance';

/** Port: the history of KYC and AML changes; the latest is the current state. */
export abstract class ComplianceRepository {
  abstract append(change: ComplianceChange): Promise<void>;
  /** Oldest first. */
  abstract history(customerId: string): Promise<ComplianceChange[]>;
}
