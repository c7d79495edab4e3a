import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError, toE164 } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { ComplianceChange } from '../domain/compliance';
import type { ConsentRecord } from '../domain/consent';
import type { Customer } from '../domain/customer';
import type { IdentityDocument } from '../domain/identity-document';
import { nameSearchForm } from '../domain/name-search';
import type { Vulnerability } from '../domain/vulnerability';
import { ComplianceRepository } from './compliance.repository';
import { ConsentRepository } from './consent.repository';
import { personalDataHeld } from './customer-audit';
import { CustomerRepository } from './customer.repository';
import { IdentityDocumentRepository } from './identity-document.repository';
import { VulnerabilityRepository } from './vulnerability.repository';

export interface CustomerSearchQuery {
  email?: string;
  phone?: string;
  document?: string;
  name?: string;
  after?: string;
  limit: number;
}

export interface PersonalDataExport {
  exportedAt: Date;
  customer: Customer;
  consents: ConsentRecord[];
  vulnerability?: Vulnerability;
  compliance: ComplianceChange[];
  identityDocuments: IdentityDocument[];
}

@Injectable()
export class CustomerQueries {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly consents: ConsentRepository,
    private readonly vulnerabilities: VulnerabilityRepository,
    private readonly compliance: ComplianceRepository,
    private readonly documents: IdentityDocumentRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** A customer's record; the read of personal data is recorded in the audit trail. */
  async get(id: string, revealsPersonalData: boolean): Promise<Customer> {
    const customer = await this.existing(id);
    await this.audit.record({
      action: 'customer.read',
      resourceType: 'customer',
      resourceId: id,
      fields: revealsPersonalData ? personalDataHeld(customer.snapshot) : ['name.full'],
      outcome: 'success',
    });
    return customer;
  }

  /**
   * Exact e-mail, phone or document (through their keyed hashes) and name prefixes, in any script. The
   * audit trail records which criteria were used, never their values.
   */
  async search(query: CustomerSearchQuery, revealsPersonalData: boolean): Promise<Customer[]> {
    let phone: string | undefined;
    if (query.phone !== undefined) {
      phone = toE164(query.phone);
      // A number that is not valid anywhere cannot be on a record: nothing to find.
      if (!phone) return [];
    }
    const namePrefix = query.name === undefined ? undefined : nameSearchForm(query.name);
    if (namePrefix === '') {
      throw new DomainError('CUSTOMER_SEARCH_NAME_EMPTY', 'invalid', 'name must hold a visible character');
    }
    const criteria = (['email', 'phone', 'document', 'name'] as const).filter((c) => query[c] !== undefined);
    await this.audit.record({
      action: 'customer.search',
      resourceType: 'customer',
      fields: [
        ...criteria.map((criterion) => `search.${criterion}`),
        ...(revealsPersonalData ? ['email', 'phone', 'postalAddress', 'messengerIds'] : []),
      ],
      outcome: 'success',
    });
    return this.customers.search({
      ...(query.email === undefined ? {} : { email: query.email }),
      ...(phone === undefined ? {} : { phone }),
      ...(query.document === undefined ? {} : { documentNumber: query.document }),
      ...(namePrefix === undefined ? {} : { namePrefix }),
      ...(query.after === undefined ? {} : { after: query.after }),
      limit: query.limit,
    });
  }

  /** Current consents (the latest statement per purpose and channel) and the whole history. */
  async consentsOf(customerId: string): Promise<{ current: ConsentRecord[]; history: ConsentRecord[] }> {
    await this.existing(customerId);
    const history = await this.consents.history(customerId);
    const latest = new Map<string, ConsentRecord>();
    for (const record of history) latest.set(`${record.purpose}/${record.channel}`, record);
    return { current: [...latest.values()], history };
  }

  async vulnerabilityOf(customerId: string): Promise<Vulnerability> {
    await this.existing(customerId);
    const vulnerability = await this.vulnerabilities.find(customerId);
    if (!vulnerability) {
      throw new NotFoundError('VULNERABILITY_NOT_RECORDED', `no vulnerability recorded for ${customerId}`);
    }
    await this.audit.record({
      action: 'customer.vulnerability-read',
      resourceType: 'customer',
      resourceId: customerId,
      fields: ['vulnerability.drivers', 'vulnerability.note'],
      outcome: 'success',
    });
    return vulnerability;
  }

  async complianceOf(customerId: string): Promise<ComplianceChange[]> {
    await this.existing(customerId);
    return this.compliance.history(customerId);
  }

  async documentsOf(customerId: string, revealsPersonalData: boolean): Promise<IdentityDocument[]> {
    await this.existing(customerId);
    const documents = await this.documents.listByCustomer(customerId);
    if (revealsPersonalData && documents.length > 0) {
      await this.audit.record({
        action: 'customer.identity-documents-read',
        resourceType: 'customer',
        resourceId: customerId,
        fields: ['identityDocuments.number'],
        outcome: 'success',
      });
    }
    return documents;
  }

  /** Everything this service holds about the customer (GDPR Art. 15 and 20, PIPL Art. 45), audited. */
  async export(customerId: string, revealsPersonalData: boolean): Promise<PersonalDataExport> {
    return this.transactions.run(async () => {
      const customer = await this.existing(customerId);
      const result: PersonalDataExport = {
        exportedAt: this.clock.now(),
        customer,
        consents: await this.consents.history(customerId),
        compliance: await this.compliance.history(customerId),
        identityDocuments: await this.documents.listByCustomer(customerId),
      };
      const vulnerability = await this.vulnerabilities.find(customerId);
      if (vulnerability) result.vulnerability = vulnerability;
      await this.audit.record({
        action: 'customer.personal-data-exported',
        resourceType: 'customer',
        resourceId: customerId,
        fields: [
          ...(revealsPersonalData ? personalDataHeld(customer.snapshot) : ['name.full']),
          'consents',
          'compliance',
          ...(vulnerability ? ['vulnerability'] : []),
          ...(revealsPersonalData && result.identityDocuments.length > 0 ? ['identityDocuments.number'] : []),
        ],
        outcome: 'success',
      });
      return result;
    });
  }

  private async existing(id: string): Promise<Customer> {
    const customer = await this.customers.findById(id);
    if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${id}`);
    return customer;
  }
}
