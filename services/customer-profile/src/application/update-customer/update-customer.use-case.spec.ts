import type { ConsentPurpose } from '@crm/contracts';
import { AdjustableClock, DomainError } from '@crm/kernel';
import { EventPublisher, type NewEvent } from '@crm/messaging';
import type { CrmEvent } from '@crm/contracts';
import type { TransactionRunner } from '@crm/persistence';
import type { AuditEntry, AuditTrail } from '@crm/security';
import type { ConsentChannel, ConsentRecord } from '../../domain/consent';
import { Customer } from '../../domain/customer';
import { ConsentRepository } from '../consent.repository';
import { CustomerRepository, type CustomerSearch } from '../customer.repository';
import { UpdateCustomerUseCase } from './update-customer.use-case';

class InMemoryCustomers extends CustomerRepository {
  readonly saved: Customer[] = [];
  constructor(private readonly customer: Customer) {
    super();
  }
  async add(customer: Customer): Promise<void> {
    this.saved.push(customer);
  }
  async findById(id: string): Promise<Customer | undefined> {
    return id === this.customer.snapshot.id ? Customer.restore({ ...this.customer.snapshot }) : undefined;
  }
  async update(customer: Customer): Promise<boolean> {
    this.saved.push(customer);
    return true;
  }
  async search(_: CustomerSearch): Promise<Customer[]> {
    return [];
  }
}

class FixedConsents extends ConsentRepository {
  private readonly records: ConsentRecord[] = [];
  constructor(private readonly granted: boolean) {
    super();
  }
  async append(record: ConsentRecord): Promise<void> {
    this.records.push(record);
  }
  async history(): Promise<ConsentRecord[]> {
    return this.records;
  }
  async isGranted(_: string, __: ConsentPurpose, ___: ConsentChannel): Promise<boolean> {
    return this.granted;
  }
}

class CollectingPublisher extends EventPublisher {
  readonly types: string[] = [];
  async publish(...events: NewEvent[]): Promise<CrmEvent[]> {
    this.types.push(...events.map((event) => event.definition.type));
    return [];
  }
}

const inline = { run: <T>(work: () => Promise<T>) => work() } as TransactionRunner;
const audit = { record: async (_: AuditEntry) => undefined } as AuditTrail;
const clock = new AdjustableClock('2026-11-24T08:00:00Z');

function setUp(hasFestivalConsent = false) {
  const customer = Customer.register(
    'c-1',
    { name: { full: 'Анна Иванова' }, locale: 'ru-RU', timeZone: 'Europe/Moscow', countryOfResidence: 'RU' },
    new Date('2026-01-01T00:00:00Z'),
  );
  const customers = new InMemoryCustomers(customer);
  const events = new CollectingPublisher();
  const useCase = new UpdateCustomerUseCase(
    customers,
    new FixedConsents(hasFestivalConsent),
    events,
    inline,
    clock,
    audit,
  );
  return { useCase, customers, events };
}

describe('UpdateCustomerUseCase', () => {
  it('tells notifications only when a reachability field changed', async () => {
    const { useCase, events } = setUp();
    await useCase.execute({ customerId: 'c-1', expectedVersion: 1, changes: { nationality: 'KZ' } });
    expect(events.types).toEqual(['crm.customer.profile-updated.v1']);
    await useCase.execute({ customerId: 'c-1', expectedVersion: 1, changes: { timeZone: 'Asia/Almaty' } });
    expect(events.types.slice(1)).toEqual([
      'crm.customer.profile-updated.v1',
      'crm.customer.contact-preferences-changed.v1',
    ]);
  });

  it('refuses a stale version without saving or publishing', async () => {
    const { useCase, customers, events } = setUp();
    await expect(
      useCase.execute({ customerId: 'c-1', expectedVersion: 7, changes: { honorific: 'Г-жа' } }),
    ).rejects.toMatchObject({
      code: 'CUSTOMER_VERSION_STALE',
      kind: 'precondition-failed',
    } satisfies Partial<DomainError>);
    expect(customers.saved).toHaveLength(0);
    expect(events.types).toHaveLength(0);
  });

  it('saves and publishes nothing when nothing changed', async () => {
    const { useCase, customers, events } = setUp();
    const customer = await useCase.execute({
      customerId: 'c-1',
      expectedVersion: 1,
      changes: { timeZone: 'Europe/Moscow' },
    });
    expect(customer.snapshot.version).toBe(1);
    expect(customers.saved).toHaveLength(0);
    expect(events.types).toHaveLength(0);
  });

  it('accepts festivals only with the cultural-personalisation consent', async () => {
    await expect(
      setUp(false).useCase.execute({
        customerId: 'c-1',
        expectedVersion: 1,
        changes: { observedFestivals: ['nowruz'] },
      }),
    ).rejects.toMatchObject({ code: 'CUSTOMER_FESTIVALS_NEED_CONSENT' });
    const granted = await setUp(true).useCase.execute({
      customerId: 'c-1',
      expectedVersion: 1,
      changes: { observedFestivals: ['nowruz'] },
    });
    expect(granted.snapshot.observedFestivals).toEqual(['nowruz']);
  });
});
