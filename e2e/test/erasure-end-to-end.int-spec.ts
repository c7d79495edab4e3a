import { randomInt } from 'node:crypto';
import {
  PrivacyErasureCompletedV1,
  eventsTopic,
  type CrmEvent,
  type PrivacyErasureCompletedV1Data,
  type ServiceName,
} from '@crm/contracts';
import { complaintsService } from '@crm/complaints';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { loanServicingService } from '@crm/loan-servicing';
import { addMonths, newId } from '@crm/kernel';
import { decodeEvent, type ReceivedRecord } from '@crm/messaging';
import { notificationsService } from '@crm/notifications';
import {
  TestPlatform,
  apiClient,
  eventually,
  fullAccessToken,
  type ApiAnswer,
  type ApiClient,
  type TestService,
} from '@crm/testing';

/** The five services in the order the platform starts them (as scripts/platform-services.ts lists them). */
const DESCRIPTORS = [
  customerProfileService,
  interactionLogService,
  complaintsService,
  loanServicingService,
  notificationsService,
] as const;

const SERVICES: readonly ServiceName[] = [
  'customer-profile',
  'interaction-log',
  'complaints',
  'loan-servicing',
  'notifications',
];

/** Where a personal value was found: service, table and column. */
type Place = `${ServiceName}:${string}.${string}`;

/**
 * Values the design keeps after an erasure, each with its reason. Nothing of what this test gives is on
 * that list: a closed complaint's narrative is redacted (an open one's would be kept until it closes,
 * GDPR Art. 17(3)(e), proved in services/complaints/test/complaint-privacy.int-spec.ts), and what the
 * other services keep under legal hold (loan ledger, complaint records, delivery metadata, consent and
 * KYC history, the audit trail) holds ids, amounts, dates and codes, never these values.
 */
const KEPT_BY_DESIGN: readonly { place: Place; value: string; reason: string }[] = [];

/** A few random digits, so that every value of a run is its own and a hit can only be this run's data. */
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

interface Person {
  register: Record<string, unknown>;
  document: { type: string; issuingCountry: string; number: string };
  summary: string;
  complaint: { description: string; desiredOutcome: string };
  hardshipNotes: string;
  /** Every personal value given, by what it is, as the scan looks for it. */
  values: Record<string, string>;
}

function wangXiaoming(): Person {
  const run = digits(6);
  const email = `wang.xiaoming.${run}@example.tw`;
  const phone = `+8869${digits(8)}`;
  const passport = `P${digits(8)}`;
  const line = `xiaoming.w${run}`;
  const summary = `客户询问提前还款手续费，已说明（${run}）。`;
  const complaint = {
    description: `我的账户被重复扣款两次，请回电 ${phone}（${run}）。`,
    desiredOutcome: `退还多扣的款项（${run}）`,
  };
  const hardshipNotes = `住院治疗至六月，收入减少（${run}）。`;
  return {
    register: {
      name: {
        full: '王小明',
        given: '小明',
        family: '王',
        order: 'family-first',
        alternates: [{ value: 'Wang Xiaoming', script: 'Latn' }],
        preferredName: 'Ah Ming',
      },
      honorific: '先生',
      locale: 'zh-Hant-TW',
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      nationality: 'TW',
      email,
      phone,
      postalAddress: { country: 'TW', lines: ['110 台北市信義區', `市府路${run}號`] },
      messengerIds: { line },
      preferredChannels: ['in-app', 'email'],
      // Any hour: the messages go out now, whatever the time of day in Taipei.
      contactHours: { start: '00:00', end: '23:59' },
    },
    document: { type: 'passport', issuingCountry: 'TW', number: passport },
    summary,
    complaint,
    hardshipNotes,
    values: {
      'full name': '王小明',
      'given name': '小明',
      'alternate name': 'Wang Xiaoming',
      'form of address': '王先生',
      'preferred name': 'Ah Ming',
      'e-mail': email,
      phone,
      'phone without +': phone.slice(1),
      'address line': `市府路${run}號`,
      'LINE id': line,
      'passport number': passport,
      'interaction summary': summary,
      'complaint narrative': complaint.description,
      'desired outcome': complaint.desiredOutcome,
      'hardship notes': hardshipNotes,
    },
  };
}

function mariaIvanova(): Person {
  const run = digits(6);
  const email = `maria.ivanova.${run}@example.ru`;
  const phone = `+7916${digits(7)}`;
  const passport = `R${digits(9)}`;
  const summary = `Клиентка спросила о графике платежей (${run}).`;
  const complaint = {
    description: `С моего счёта дважды списали платёж (${run}).`,
    desiredOutcome: `Вернуть второй платёж (${run})`,
  };
  const hardshipNotes = `Потеряла работу в феврале (${run}).`;
  return {
    register: {
      name: { full: 'Мария Ивановна Иванова', given: 'Мария', family: 'Иванова' },
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
      countryOfResidence: 'RU',
      email,
      phone,
      postalAddress: { country: 'RU', lines: [`ул. Тверская, ${run}`, 'Москва'] },
      preferredChannels: ['in-app', 'email'],
      contactHours: { start: '00:00', end: '23:59' },
    },
    document: { type: 'passport', issuingCountry: 'RU', number: passport },
    summary,
    complaint,
    hardshipNotes,
    values: {
      'full name': 'Мария Ивановна Иванова',
      'form of address': 'Мария Ивановна',
      'e-mail': email,
      phone,
      'address line': `ул. Тверская, ${run}`,
      'passport number': passport,
      'interaction summary': summary,
      'complaint narrative': complaint.description,
      'desired outcome': complaint.desiredOutcome,
      'hardship notes': hardshipNotes,
    },
  };
}

describe('erasure of one customer across all five services (kafka)', () => {
  let platform: TestPlatform;
  const running = new Map<ServiceName, TestService>();
  const api = new Map<ServiceName, ApiClient>();
  const published = new Map<ServiceName, ReceivedRecord[]>();

  const serviceOf = (name: ServiceName): TestService => {
    const service = running.get(name);
    if (!service) throw new Error(`${name} is not running`);
    return service;
  };
  const client = (name: ServiceName): ApiClient => {
    const found = api.get(name);
    if (!found) throw new Error(`${name} has no client`);
    return found;
  };
  const created = (answer: ApiAnswer, what: string): Record<string, unknown> => {
    if (![201, 202].includes(answer.status))
      throw new Error(`${what} answered ${answer.status}: ${answer.text}`);
    return answer.body as Record<string, unknown>;
  };
  const idempotencyKey = () => ({ headers: { 'idempotency-key': newId() } });

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'erasure-e2e');
    const token = await fullAccessToken();
    for (const [index, descriptor] of DESCRIPTORS.entries()) {
      const name = SERVICES[index] as ServiceName;
      const service = await platform.start(descriptor, { env: { RATE_LIMIT_PER_MINUTE: '0' } });
      running.set(name, service);
      api.set(name, apiClient(service, token));
      published.set(name, await platform.collect(eventsTopic(name, platform.topicPrefix)));
    }
    // Five services, each migrating its own database and joining its consumer groups.
  }, 240_000);

  afterAll(() => platform?.close());

  /** Gives one person personal data in every service through the public APIs; answers their customer id. */
  async function giveDataEverywhere(person: Person): Promise<string> {
    const profile = client('customer-profile');
    const customer = created(
      await profile.post('/v1/customers', person.register, idempotencyKey()),
      'registration',
    );
    const customerId = customer.id as string;
    created(
      await profile.post(`/v1/customers/${customerId}/identity-documents`, person.document, idempotencyKey()),
      'identity document',
    );

    created(
      await client('interaction-log').post(
        '/v1/interactions',
        {
          customerId,
          channel: 'phone',
          direction: 'inbound',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          language: person.register.locale,
          interpreterUsed: false,
          staffId: 'staff-0042',
          team: 'care',
          summary: person.summary,
          outcome: 'informed',
          topics: ['repayment-date'],
        },
        idempotencyKey(),
      ),
      'interaction',
    );

    const complaints = client('complaints');
    const complaint = created(
      await complaints.post(
        '/v1/complaints',
        {
          customerId,
          submittedVia: 'phone',
          receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
          jurisdiction: 'GB',
          language: 'en-GB',
          product: 'Mortgage',
          subProduct: 'Conventional home mortgage',
          issue: 'Trouble during payment process',
          subIssue: 'Payment process',
          ...person.complaint,
          narrativePublicationConsent: false,
        },
        idempotencyKey(),
      ),
      'complaint',
    );
    // A closed complaint: its narrative is due for erasure (an open one is kept until it closes).
    const resolved = await complaints.post(`/v1/complaints/${complaint.id as string}/resolution`, {
      outcome: 'upheld',
      redress: { type: 'monetary', amount: '12.00', currency: 'GBP' },
      companyResponse: 'Closed with monetary relief',
    });
    expect(resolved.status).toBe(200);
    const closed = await complaints.post(`/v1/complaints/${complaint.id as string}/closure`, {
      rootCause: 'system-error',
      findings: 'Duplicate batch.',
    });
    expect(closed.body).toMatchObject({ status: 'closed', description: person.complaint.description });

    const loans = client('loan-servicing');
    const today = new Date().toISOString().slice(0, 10);
    const loan = created(
      await loans.post(
        '/v1/loans',
        {
          customerId,
          productCode: 'PERSONAL-12',
          principal: '10000.00',
          currency: 'EUR',
          annualInterestRate: '12',
          numberOfRepayments: 12,
          repaymentFrequency: 'MONTHLY',
          amortizationMethod: 'EQUAL_INSTALLMENTS',
          interestMethod: 'DECLINING_BALANCE',
          daysInYearType: 'DAYS_360',
          daysInMonthType: 'DAYS_30',
          // Boarded today, first due in a month: the daily run has nothing to chase yet.
          disbursementDate: today,
          firstRepaymentDate: addMonths(today, 1),
          holidayCalendar: { country: 'DE' },
          nonWorkingDayRule: 'SAME_DAY',
        },
        idempotencyKey(),
      ),
      'loan',
    );
    created(
      await loans.post(
        `/v1/loans/${loan.id as string}/hardship-requests`,
        {
          reasons: ['illness'],
          monthlyIncome: '900.00',
          monthlyExpenses: '850.00',
          requestedHelp: ['PAYMENT_HOLIDAY'],
          channel: 'branch',
          language: person.register.locale,
          notes: person.hardshipNotes,
        },
        idempotencyKey(),
      ),
      'hardship request',
    );

    // Notifications learns the contact data from customer-profile's events, over Kafka.
    const notifications = serviceOf('notifications');
    await eventually(async () =>
      expect(
        await notifications.sql(
          'SELECT 1 FROM recipients WHERE customer_id = $1 AND has_contact_preferences',
          [customerId],
        ),
      ).toHaveLength(1),
    );
    const reminder = created(
      await client('notifications').post(
        '/v1/notifications',
        {
          workflow: 'payment-due-reminder',
          customerId,
          loanId: loan.id,
          params: { amount: '888.49', currency: 'EUR', dueDate: addMonths(today, 1), daysUntilDue: 30 },
        },
        idempotencyKey(),
      ),
      'notification',
    );
    // Sent to the in-app inbox, rendered in the customer's language and addressing them by name.
    await eventually(async () => {
      const shown = await client('notifications').get(`/v1/notifications/${reminder.id as string}`);
      expect(shown.body).toMatchObject({ status: 'sent', channel: 'in-app' });
    }, 40_000);
    const inbox = await client('notifications').get(`/v1/customers/${customerId}/inbox`);
    expect(
      inbox.body.items.filter((m: { notificationId: string }) => m.notificationId === reminder.id),
    ).toEqual([expect.objectContaining({ body: expect.stringContaining(person.values['form of address']) })]);
    // Loan servicing and the interaction log keep their copies of the customer from the same events.
    await eventually(async () =>
      expect(
        await serviceOf('loan-servicing').sql('SELECT 1 FROM loan_customers WHERE customer_id = $1', [
          customerId,
        ]),
      ).toHaveLength(1),
    );
    return customerId;
  }

  /**
   * Every place a value is found: each text, character, JSON, array and byte column of each table of each
   * service's own database (idempotency_keys, outbox, inbox and audit_log included).
   */
  async function placesOf(values: readonly string[]): Promise<Map<string, Place[]>> {
    const found = new Map<string, Place[]>(values.map((value) => [value, []]));
    let columnsScanned = 0;
    for (const name of SERVICES) {
      const service = serviceOf(name);
      const columns = await service.sql<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT c.table_name, c.column_name, c.data_type
           FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
          ORDER BY c.table_name, c.column_name`,
      );
      expect(columns.map((c) => c.table_name)).toEqual(
        expect.arrayContaining(['idempotency_keys', 'outbox', 'audit_log']),
      );
      columnsScanned += columns.length;
      for (const { table_name, column_name, data_type } of columns) {
        const contains =
          data_type === 'bytea'
            ? `position(convert_to(v, 'UTF8') in "${column_name}") > 0`
            : `strpos("${column_name}"::text, v) > 0`;
        const hits = await service.sql<{ v: string }>(
          `SELECT v FROM unnest($1::text[]) AS v WHERE EXISTS (SELECT 1 FROM "${table_name}" WHERE ${contains})`,
          [values],
        );
        for (const { v } of hits) found.get(v)?.push(`${name}:${table_name}.${column_name}`);
      }
    }
    expect(columnsScanned).toBeGreaterThan(50);
    return found;
  }

  const completionsOf = (requestId: string) =>
    SERVICES.flatMap((name) =>
      (published.get(name) ?? [])
        .map((record) => decodeEvent(record) as CrmEvent<PrivacyErasureCompletedV1Data>)
        .filter(
          (event) => event.type === PrivacyErasureCompletedV1.type && event.data.requestId === requestId,
        )
        .map((event) => ({ topic: name, ...event.data })),
    );

  it('leaves none of the personal values given to any service in any table, and leaves another customer untouched', async () => {
    const erased = wangXiaoming();
    const kept = mariaIvanova();
    const erasedId = await giveDataEverywhere(erased);
    const keptId = await giveDataEverywhere(kept);
    // The platform holds no date of birth: a registration carrying one is refused, so none is stored.
    const withBirthDate = await client('customer-profile').post('/v1/customers', {
      ...kept.register,
      dateOfBirth: '1980-02-29',
    });
    expect(withBirthDate.status).toBe(400);

    // Before: the scan finds every value given, so it can see them.
    const erasedValues = Object.values(erased.values);
    const keptValues = Object.values(kept.values);
    const before = await placesOf([...erasedValues, ...keptValues]);
    const unseen = [...before].filter(([, places]) => places.length === 0).map(([value]) => value);
    expect(unseen).toEqual([]);
    // …and every service held some of the erased customer's personal data.
    const holders = new Set(
      erasedValues.flatMap((value) => before.get(value) ?? []).map((p) => p.split(':')[0]),
    );
    expect([...holders].sort()).toEqual([...SERVICES].sort());

    const requested = await client('customer-profile').post(
      `/v1/customers/${erasedId}/erasure-requests`,
      undefined,
      idempotencyKey(),
    );
    expect(requested.status).toBe(201);
    const requestId = requested.body.id as string;

    // Each service reports its own completion on its own topic, and the request shows it complete.
    await eventually(
      () =>
        expect(completionsOf(requestId).map((c) => [c.topic, c.service, c.customerId])).toEqual(
          expect.arrayContaining(SERVICES.map((name) => [name, name, erasedId])),
        ),
      60_000,
    );
    const done = await eventually(async () => {
      const status = await client('customer-profile').get(
        `/v1/customers/${erasedId}/erasure-requests/${requestId}`,
      );
      expect(status.body.status).toBe('completed');
      return status.body as { services: { service: string; status: string }[]; completedAt: string };
    }, 30_000);
    expect(done.services.map((s) => [s.service, s.status])).toEqual(
      SERVICES.map((name) => [name, 'completed']),
    );
    // No report came on another service's topic: each names its publisher.
    expect(completionsOf(requestId).filter((c) => c.topic !== c.service)).toEqual([]);

    // After: nothing of the erased customer anywhere, except what the design names.
    const after = await placesOf([...erasedValues, ...keptValues]);
    const left = Object.entries(erased.values).flatMap(([what, value]) =>
      (after.get(value) ?? [])
        .filter((place) => !KEPT_BY_DESIGN.some((k) => k.place === place && k.value === value))
        .map((place) => `${what} in ${place}`),
    );
    expect(left).toEqual([]);

    // The other customer keeps every value, in every place it was.
    const lost = Object.entries(kept.values).flatMap(([what, value]) => {
      const still = after.get(value) ?? [];
      return (before.get(value) ?? [])
        .filter((place) => !still.includes(place))
        .map((p) => `${what} in ${p}`);
    });
    expect(lost).toEqual([]);
    const record = await client('customer-profile').get(`/v1/customers/${keptId}`);
    expect(record.body).toMatchObject({
      name: { full: 'Мария Ивановна Иванова' },
      email: kept.values['e-mail'],
    });
    const erasedRecord = await client('customer-profile').get(`/v1/customers/${erasedId}`);
    expect(erasedRecord.body.name.full).toBe('');
    const keptComplaints = await client('complaints').get(`/v1/complaints?customerId=${keptId}`);
    expect(keptComplaints.body.items.map((c: { description: string }) => c.description)).toEqual([
      kept.complaint.description,
    ]);
    const erasedComplaints = await client('complaints').get(`/v1/complaints?customerId=${erasedId}`);
    expect(erasedComplaints.body.items.map((c: { description: string }) => c.description)).toEqual([
      '[redacted]',
    ]);
    const keptTimeline = await client('interaction-log').get(
      `/v1/customers/${keptId}/timeline?type=interaction`,
    );
    expect(keptTimeline.body.items).toHaveLength(1);
    const keptInteraction = await client('interaction-log').get(
      `/v1/interactions/${keptTimeline.body.items[0].interactionId as string}`,
    );
    expect(keptInteraction.body.summary).toBe(kept.summary);
    const keptInbox = await client('notifications').get(`/v1/customers/${keptId}/inbox`);
    const keptBodies = keptInbox.body.items.map((m: { body: string | null }) => m.body);
    expect(keptBodies.length).toBeGreaterThan(0);
    for (const body of keptBodies) expect(body).toContain(kept.values['form of address']);
  }, 240_000);
});
