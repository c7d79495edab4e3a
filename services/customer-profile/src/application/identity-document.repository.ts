import type { IdentityDocument } from '../domain/identity-document';

/** Port: identity documents, held encrypted at rest by the implementation. */
export abstract class IdentityDocumentRepository {
  /** Throws a conflict when the same document is already registered. */
  abstract add(document: IdentityDocument): Promise<void>;
  /** Decrypted; oldest first. */
  abstract listByCustomer(customerId: string): Promise<IdentityDocument[]>;
}
