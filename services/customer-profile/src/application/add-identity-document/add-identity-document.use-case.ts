import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, newId } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { newIdentityDocument, type IdentityDocument } from '../../domain/identity-document';
import { CustomerRepository } from '../customer.repository';
import { IdentityDocumentRepository } from '../identity-document.repository';
import type { AddIdentityDocumentCommand } from './add-identity-document.command';

/** Documents publish no event: no other service needs them (data minimisation, GDPR Art. 5(1)(c)). */
@Injectable()
export class AddIdentityDocumentUseCase {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly documents: IdentityDocumentRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: AddIdentityDocumentCommand): Promise<IdentityDocument> {
    const document = newIdentityDocument(
      newId(),
      command.customerId,
      command.type,
      command.issuingCountry,
      command.number,
      this.clock.now(),
    );
    return this.transactions.run(async () => {
      const customer = await this.customers.findById(command.customerId, { forUpdate: true });
      if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${command.customerId}`);
      await this.documents.add(document);
      await this.audit.record({
        action: 'customer.identity-document-added',
        resourceType: 'customer',
        resourceId: command.customerId,
        fields: [`identityDocuments.${document.type}`],
        outcome: 'success',
      });
      return document;
    });
  }
}
