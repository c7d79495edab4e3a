import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CommunicationStyle, ContactChannel, Festival } from '@crm/contracts';
import { DomainError } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { CustomerRepository, type CustomerSearch } from '../application/customer.repository';
import { Customer, type CustomerProps } from '../domain/customer';
import { canonicalDocumentNumber } from '../domain/identity-document';
import { nameSearchKeys } from '../domain/name-search';
import { CustomerOrmEntity } from './customer.orm-entity';
import { PersonalDataVault } from './personal-data-vault';

/** E-mail addresses are matched case-insensitively: nobody expects Wang@Example.cn to be someone else. */
function canonicalEmail(email: string): string {
  return email.normalize('NFC').toLowerCase();
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class CustomerTypeOrmRepository extends CustomerRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  async add(customer: Customer): Promise<void> {
    const manager = activeManager(this.dataSource);
    await manager.insert(CustomerOrmEntity, this.toRow(customer));
    await this.insertSearchKeys(manager, customer);
  }

  async findById(id: string, options: { forUpdate?: boolean } = {}): Promise<Customer | undefined> {
    const query = activeManager(this.dataSource)
      .createQueryBuilder(CustomerOrmEntity, 'c')
      .where('c.id = :id', { id });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (row && options.forUpdate) await this.refuseErased(id);
    return row ? this.toDomain(row) : undefined;
  }

  private async refuseErased(id: string): Promise<void> {
    const erased = await activeManager(this.dataSource).query<unknown[]>(
      'SELECT 1 FROM erasure_requests WHERE customer_id = $1',
      [id],
    );
    if (erased.length > 0) {
      throw new DomainError(
        'CUSTOMER_ERASED',
        'conflict',
        'the customer asked to be erased: their record can no longer change',
      );
    }
  }

  async update(customer: Customer, expectedVersion: number): Promise<boolean> {
    const manager = activeManager(this.dataSource);
    const { id, ...row } = this.toRow(customer);
    const result = await manager
      .createQueryBuilder()
      .update(CustomerOrmEntity)
      .set(row)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) return false;
    await manager.query(`DELETE FROM customer_name_search_keys WHERE customer_id = $1`, [id]);
    await this.insertSearchKeys(manager, customer);
    return true;
  }

  async search(criteria: CustomerSearch): Promise<Customer[]> {
    const query = activeManager(this.dataSource)
      .createQueryBuilder(CustomerOrmEntity, 'c')
      .orderBy('c.id', 'ASC')
      .take(criteria.limit);
    if (criteria.email !== undefined) {
      query.andWhere('c.email_hash = :emailHash', {
        emailHash: this.vault.fingerprint('email', canonicalEmail(criteria.email)),
      });
    }
    if (criteria.phone !== undefined) {
      query.andWhere('c.phone_hash = :phoneHash', {
        phoneHash: this.vault.fingerprint('phone', criteria.phone),
      });
    }
    if (criteria.documentNumber !== undefined) {
      query.andWhere(
        'c.id IN (SELECT d.customer_id FROM customer_identity_documents d WHERE d.number_hash = :documentHash)',
        {
          documentHash: this.vault.fingerprint('document', canonicalDocumentNumber(criteria.documentNumber)),
        },
      );
    }
    if (criteria.namePrefix !== undefined) {
      query.andWhere(
        `c.id IN (SELECT k.customer_id FROM customer_name_search_keys k WHERE k.search_key LIKE :prefix ESCAPE '\\')`,
        { prefix: `${escapeLike(criteria.namePrefix)}%` },
      );
    }
    if (criteria.after !== undefined) query.andWhere('c.id > :after', { after: criteria.after });
    return (await query.getMany()).map((row) => this.toDomain(row));
  }

  private async insertSearchKeys(manager: EntityManager, customer: Customer): Promise<void> {
    const c = customer.snapshot;
    await manager.query(
      `INSERT INTO customer_name_search_keys (customer_id, search_key) SELECT $1, unnest($2::text[])`,
      [c.id, nameSearchKeys(c.name)],
    );
  }

  private toRow(customer: Customer): CustomerOrmEntity {
    const c = customer.snapshot;
    const email = c.email === undefined ? undefined : this.vault.seal(c.email, `${c.id}:email`);
    const phone = c.phone === undefined ? undefined : this.vault.seal(c.phone, `${c.id}:phone`);
    return {
      id: c.id,
      fullName: c.name.full,
      givenName: c.name.given ?? null,
      familyName: c.name.family ?? null,
      nameOrder: c.name.order ?? null,
      nameAlternates: c.name.alternates ?? [],
      preferredName: c.name.preferredName ?? null,
      honorific: c.honorific ?? null,
      locale: c.locale,
      additionalLocales: c.additionalLocales,
      timeZone: c.timeZone,
      countryOfResidence: c.countryOfResidence,
      nationality: c.nationality ?? null,
      communicationStyle: c.communicationStyle ?? null,
      observedFestivals: c.observedFestivals ?? null,
      email: null,
      phone: null,
      emailEncrypted: email?.blob ?? null,
      emailHash: c.email === undefined ? null : this.vault.fingerprint('email', canonicalEmail(c.email)),
      phoneEncrypted: phone?.blob ?? null,
      phoneHash: c.phone === undefined ? null : this.vault.fingerprint('phone', c.phone),
      postalAddress: c.postalAddress ?? null,
      messengerIds: c.messengerIds ?? null,
      piiKeyId: email?.keyId ?? phone?.keyId ?? null,
      preferredChannels: c.preferredChannels,
      contactHoursStart: c.contactHours?.start ?? null,
      contactHoursEnd: c.contactHours?.end ?? null,
      registeredAt: c.registeredAt,
      updatedAt: c.updatedAt,
      version: c.version,
    };
  }

  private toDomain(row: CustomerOrmEntity): Customer {
    const open = (blob: Buffer | null, field: string, legacy: string | null) =>
      blob && row.piiKeyId ? this.vault.open({ keyId: row.piiKeyId, blob }, `${row.id}:${field}`) : legacy;
    const email = open(row.emailEncrypted, 'email', row.email);
    const phone = open(row.phoneEncrypted, 'phone', row.phone);
    const props: CustomerProps = {
      id: row.id,
      name: {
        full: row.fullName,
        ...(row.givenName === null ? {} : { given: row.givenName }),
        ...(row.familyName === null ? {} : { family: row.familyName }),
        ...(row.nameOrder === null ? {} : { order: row.nameOrder }),
        ...(row.nameAlternates.length === 0 ? {} : { alternates: row.nameAlternates }),
        ...(row.preferredName === null ? {} : { preferredName: row.preferredName }),
      },
      ...(row.honorific === null ? {} : { honorific: row.honorific }),
      locale: row.locale,
      additionalLocales: row.additionalLocales,
      timeZone: row.timeZone,
      countryOfResidence: row.countryOfResidence,
      ...(row.nationality === null ? {} : { nationality: row.nationality }),
      ...(row.communicationStyle === null
        ? {}
        : { communicationStyle: row.communicationStyle as CommunicationStyle }),
      ...(row.observedFestivals === null ? {} : { observedFestivals: row.observedFestivals as Festival[] }),
      ...(email === null ? {} : { email }),
      ...(phone === null ? {} : { phone }),
      ...(row.postalAddress === null ? {} : { postalAddress: row.postalAddress }),
      ...(row.messengerIds === null ? {} : { messengerIds: row.messengerIds }),
      preferredChannels: row.preferredChannels as ContactChannel[],
      ...(row.contactHoursStart === null || row.contactHoursEnd === null
        ? {}
        : { contactHours: { start: row.contactHoursStart, end: row.contactHoursEnd } }),
      registeredAt: row.registeredAt,
      updatedAt: row.updatedAt,
      version: row.version,
    };
    return Customer.restore(props);
  }
}
