import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { IdentityDocumentRepository } from '../application/identity-document.repository';
import type { IdentityDocument, IdentityDocumentType } from '../domain/identity-document';
import { PersonalDataVault } from './personal-data-vault';

const UNIQUE_VIOLATION = '23505';

/**
 * Table `customer_identity_documents`: the number is held only encrypted (AES-256-GCM, bound to the
 * document's id) and as a keyed hash for exact search; the key id is stored for rotation.
 */
@Injectable()
export class IdentityDocumentSqlRepository extends IdentityDocumentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  async add(document: IdentityDocument): Promise<void> {
    const sealed = this.vault.seal(document.number, `${document.id}:number`);
    try {
      await activeManager(this.dataSource).query(
        `INSERT INTO customer_identity_documents
           (id, customer_id, type, issuing_country, number_encrypted, key_id, number_hash, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          document.id,
          document.customerId,
          document.type,
          document.issuingCountry,
          sealed.blob,
          sealed.keyId,
          this.vault.fingerprint('document', document.number),
          document.addedAt,
        ],
      );
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new DomainError(
          'DOCUMENT_ALREADY_REGISTERED',
          'conflict',
          'this document is already registered to a customer',
        );
      }
      throw error;
    }
  }

  async listByCustomer(customerId: string): Promise<IdentityDocument[]> {
    const rows: {
      id: string;
      customer_id: string;
      type: IdentityDocumentType;
      issuing_country: string;
      number_encrypted: Buffer;
      key_id: string;
      added_at: Date;
    }[] = await activeManager(this.dataSource).query(
      `SELECT id, customer_id, type, issuing_country, number_encrypted, key_id, added_at
       FROM customer_identity_documents WHERE customer_id = $1 ORDER BY added_at, id`,
      [customerId],
    );
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      type: row.type,
      issuingCountry: row.issuing_country,
      number: this.vault.open({ keyId: row.key_id, blob: row.number_encrypted }, `${row.id}:number`),
      addedAt: row.added_at,
    }));
  }
}
