import type { ConsentPurpose } from '@crm/contracts';
import type { ConsentChannel, ConsentStatus } from '../../domain/consent';

export interface RecordConsentCommand {
  customerId: string;
  purpose: ConsentPurpose;
  channel: ConsentChannel;
  status: ConsentStatus;
  wordingVersion: string;
  sourceChannel: string;
}
