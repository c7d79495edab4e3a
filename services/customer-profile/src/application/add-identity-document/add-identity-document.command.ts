import type { IdentityDocumentType } from '../../domain/identity-document';

export interface AddIdentityDocumentCommand {
  customerId: string;
  type: IdentityDocumentType;
  issuingCountry: string;
  /** Personal data: never logged, never published, stored encrypted. */
  number: string;
}
