import {
  ComplaintReceivedV1,
  CustomerErasureRequestedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerVulnerabilityChangedV1,
  type EventDefinition,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { TestPlatform, eventRecord, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { DailyLoanRunJob } from '../src/api/daily-loan-run.job';
import { loanServicingService } from '../src/loan-servicing.service';
import { board, client, publishedEvents, type Client } from './support';

describe('loan-servicing: a fair early warning, and erasure (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: Client;
  let events: Awaited<ReturnType<typeof publishedEvents>>;
  const clock = new AdjustableClock('2026-01-15T09:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'loans-fairness');
    service = await platform.start(loanServicingService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(service, await fullAccessToken());
    events = await publishedEvents(platform);
  });

  afterAll(() => platform?.close());

  const produce = async <T>(definition: EventDefinition<T>, customerId: string, data: T, id?: string) => {
    const { record } = eventRecord(definition, customerId, data, {
      topicPrefix: platform.topicPrefix,
      ...(id ? { id } : {}),
    });
    await platform.produce([record]);
  };
  const moveTo = (date: string) => clock.set(`${date}T09:00:00Z`);
  /**
   * A repayment: its event is the customer's latest, on the same partition, so once it has arrived every
   * event published before it has too.
   */
  const markerAfter = async (loanId: string) => {
    const paid = await api.post(`/v1/loans/${loanId}/repayments`, {
      amount: '1.00',
      paidAt: clock.now().toISOString(),
    });
    expect(paid.status).toBe(201);
    await eventually(() =>
      expect(events('crm.loan.payment-received.v1', loanId).map((e) => e.repaymentId)).toContain(
        paid.body.id,
      ),
    );
  };
  const run = () => service.app.get(DailyLoanRunJob).run();

  /** Everything about the person that the warning must never see, different for the two customers. */
  async function describeCustomer(
    customerId: string,
    who: {
      locale: string;
      timeZone: string;
      country: string;
      festivals: ('lunar-new-year' | 'eid-al-fitr')[];
      adjustments: ('extra-time' | 'interpreter')[];
    },
  ) {
    const at = clock.now().toISOString();
    await produce(CustomerRegisteredV1, customerId, {
      customerId,
      locale: who.locale,
      timeZone: who.timeZone,
      countryOfResidence: who.country,
      registeredAt: at,
      communicationStyle: 'formal',
    });
    await produce(CustomerProfileUpdatedV1, customerId, {
      customerId,
      changedFields: ['name.full', 'nationality', 'observedFestivals'],
      changes: { observedFestivals: who.festivals },
      version: 2,
      updatedAt: at,
    });
    await produce(CustomerVulnerabilityChangedV1, customerId, {
      customerId,
      adjustments: who.adjustments,
      changedAt: at,
    });
    await eventually(async () =>
      expect(
        await service.sql('SELECT locale, adjustments FROM loan_customers WHERE customer_id = $1', [
          customerId,
        ]),
      ).toEqual([{ locale: who.locale, adjustments: who.adjustments }]),
    );
  }

  it('gives two customers who differ only in language, nationality, culture, festivals, name and vulnerability the same warnings', async () => {
    const [taipei, riyadh] = [newId(), newId()];
    await describeCustomer(taipei, {
      locale: 'zh-Hant-TW',
      timeZone: 'Asia/Taipei',
      country: 'TW',
      festivals: ['lunar-new-year'],
      adjustments: [],
    });
    await describeCustomer(riyadh, {
      locale: 'ar-SA',
      timeZone: 'Asia/Riyadh',
      country: 'SA',
      festivals: ['eid-al-fitr'],
      adjustments: ['extra-time', 'interpreter'],
    });
    const loans = [await board(api, { customerId: taipei }), await board(api, { customerId: riyadh })];

    // The same behaviour for both: a partial first payment, a missed second, a hardship enquiry (in
    // each customer's own language) and a complaint about the loan.
    moveTo('2026-02-15');
    for (const loan of loans)
      await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '400.00',
        paidAt: clock.now().toISOString(),
      });
    for (const date of ['2026-02-16', '2026-02-20', '2026-03-16']) {
      moveTo(date);
      await run();
    }
    for (const [loan, language] of [
      [loans[0], 'zh-Hant-TW'],
      [loans[1], 'ar-SA'],
    ] as const) {
      await api.post(`/v1/loans/${loan.id}/hardship-requests`, {
        reasons: ['reduced-income'],
        monthlyIncome: '2000.00',
        monthlyExpenses: '1600.00',
        requestedHelp: [],
        channel: 'phone',
        language,
      });
      await produce(ComplaintReceivedV1, loan.customerId, {
        complaintId: newId(),
        customerId: loan.customerId,
        regime: 'uk-fca-disp',
        language,
        loanId: loan.id,
        submittedVia: 'phone',
        receivedAt: clock.now().toISOString(),
        jurisdiction: 'GB',
        product: 'Personal loan',
        issue: 'Struggling to pay your loan',
        deadlines: { finalResponse: '2026-05-11' },
        deadlineTimeZone: 'Europe/London',
      });
    }
    await eventually(async () =>
      expect(
        await service.sql('SELECT count(*)::int AS n FROM loan_complaints WHERE loan_id = ANY($1)', [
          loans.map((l) => l.id),
        ]),
      ).toEqual([{ n: 2 }]),
    );
    moveTo('2026-04-20');
    await run();
    // Every warning of the runs is published before each loan's marker.
    for (const loan of loans) await markerAfter(loan.id);

    const warnings = (loanId: string) =>
      events('crm.loan.risk-warning.v1', loanId).map(({ severity, previousSeverity, reasons, raisedAt }) => ({
        severity,
        previousSeverity,
        reasons,
        raisedAt,
      }));
    expect(warnings(loans[0].id).length).toBeGreaterThanOrEqual(2);
    expect(warnings(loans[1].id)).toEqual(warnings(loans[0].id));
    const [a, b] = await Promise.all(loans.map((l) => api.get(`/v1/loans/${l.id}`)));
    expect(b.body.risk).toEqual(a.body.risk);
    expect(a.body.risk.reasons).toEqual(
      expect.arrayContaining(['PARTIAL_PAYMENT', 'HARDSHIP_ENQUIRY', 'OPEN_COMPLAINT']),
    );
  });

  it('erases the contact copies and hardship notes, keeps the ledger under legal hold, and reports it once', async () => {
    const customerId = newId();
    await describeCustomer(customerId, {
      locale: 'es-MX',
      timeZone: 'America/Mexico_City',
      country: 'MX',
      festivals: [],
      adjustments: ['extra-time'],
    });
    const loan = await board(api, { customerId });
    await api.post(`/v1/loans/${loan.id}/hardship-requests`, {
      reasons: ['illness'],
      monthlyIncome: '900.00',
      monthlyExpenses: '850.00',
      requestedHelp: ['PAYMENT_HOLIDAY'],
      channel: 'branch',
      language: 'es-MX',
      notes: 'Tratamiento médico hasta junio.',
    });

    const requestId = newId();
    const eventId = newId();
    const erasure = { customerId, requestId, requestedAt: clock.now().toISOString() };
    await produce(CustomerErasureRequestedV1, customerId, erasure, eventId);
    await produce(CustomerErasureRequestedV1, customerId, erasure, eventId); // redelivered

    const reports = (of: string) =>
      events('crm.privacy.erasure-completed.v1').filter((e) => e.requestId === of);
    await eventually(() =>
      expect(reports(requestId)).toEqual([
        expect.objectContaining({
          requestId,
          customerId,
          service: 'loan-servicing',
          erased: expect.arrayContaining(['hardship request notes']),
          retained: [expect.objectContaining({ reason: expect.stringContaining('legal hold') })],
        }),
      ]),
    );
    expect(await service.sql('SELECT * FROM loan_customers WHERE customer_id = $1', [customerId])).toEqual(
      [],
    );
    expect(
      await service.sql('SELECT notes FROM hardship_requests WHERE customer_id = $1', [customerId]),
    ).toEqual([{ notes: null }]);
    expect((await api.get(`/v1/loans/${loan.id}`)).body).toMatchObject({
      id: loan.id,
      principal: '10000.00',
    });
    // The redelivered request changed nothing (inbox): once a later request on the same key has been
    // reported, a second report of the first, published before it, would have arrived too.
    const laterRequest = newId();
    await produce(CustomerErasureRequestedV1, customerId, {
      customerId,
      requestId: laterRequest,
      requestedAt: clock.now().toISOString(),
    });
    await eventually(() => expect(reports(laterRequest)).toHaveLength(1));
    expect(reports(requestId)).toHaveLength(1);
  });
});
