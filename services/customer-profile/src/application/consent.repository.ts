import type { ConsentPurpose } from '@crm/contracts';
import type { ConsentChannel, ConsentRecord } from '../domain/consent';

/** Port: the append-only history of consents. */
export abstract class ConsentRepository {
  abstract append(record: ConsentRecord): Promise<void>;
  /** Oldest first. */
  abstract history(customerId: string): Promise<ConsentRecord[]>;
  abstract isGranted(customerId: string, purpose: ConsentPurpose, channel: ConsentChannel): Promise<boolean>;
}
