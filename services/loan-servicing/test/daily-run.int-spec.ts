import { CustomerVulnerabilityChangedV1 } from '@crm/contracts';
import { AdjustableClock, addDays, addMonths, newId } from '@crm/kernel';
import { TestPlatform, eventRecord, eventually, fullAccessToken, type TestService } from '@crm/testing';
import { DailyLoanRunJob } from '../src/api/daily-loan-run.job';
import { loanServicingService } from '../src/loan-servicing.service';
import { board, client, publishedEvents, type Client } from './support';

describe('loan-servicing: the daily run, arrears and delinquency buckets (kafka)', () => {
  let platform: TestPlatform;
  let first: TestService;
  let second: TestService;
  let api: Client;
  let events: Awaited<ReturnType<typeof publishedEvents>>;
  const clock = new AdjustableClock('2026-02-01T12:00:00Z');
  const env = {
    SCHEDULER_INTERVAL_MS: '0',
    LOAN_DELINQUENCY_RANGES: '1-30,31-60,61-90,91+',
    LOAN_ARREARS_TOLERANCE: '1.00',
  };

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'loans-daily-run');
    first = await platform.start(loanServicingService, { clock, env });
    second = await platform.start(loanServicingService, { clock, env, replicaOf: first });
    api = client(first, await fullAccessToken());
    events = await publishedEvents(platform);
  });

  afterAll(() => platform?.close());

  const today = () => clock.today('UTC');
  const run = () => first.app.get(DailyLoanRunJob).run();
  /** The golden annuity (888.49 a month), its first installment due in ten days, monthly after. */
  const boardToday = (overrides: Record<string, unknown> = {}) => {
    const firstRepaymentDate = addDays(today(), 10);
    return board(api, {
      disbursementDate: addMonths(firstRepaymentDate, -1),
      firstRepaymentDate,
      ...overrides,
    });
  };
  const moveTo = (date: string) => clock.set(`${date}T12:00:00Z`);
  /** What the run has fired, read from its claims: synchronous, unlike the events on Kafka. */
  const claims = async (kind: string, loanId: string) =>
    (
      await first.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM loan_run_claims WHERE kind = $1 AND loan_id = $2`,
        [kind, loanId],
      )
    )[0].n;
  const missedClaims = (loanId: string) => claims('payment-missed', loanId);
  /**
   * A repayment: its event is the loan's (the customer's) latest, on the same partition, so once it has
   * arrived every event the runs published before it has too.
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

  it('reminds before a due date, then moves a missed payment through every bucket as the clock advances', async () => {
    const loan = await boardToday(); // due 2026-02-11, 2026-03-11, …
    await run();
    expect(await claims('payment-due', loan.id)).toBe(0); // ten days before: no reminder yet

    moveTo('2026-02-06'); // five days before
    await run();
    expect(await run()).toBe(0); // the same business date again fires nothing
    expect(await claims('payment-due', loan.id)).toBe(1);
    await eventually(() =>
      expect(events('crm.loan.payment-due.v1', loan.id)).toEqual([
        expect.objectContaining({
          installmentNumber: 1,
          dueDate: '2026-02-11',
          amountDue: '888.49',
          daysUntilDue: 5,
        }),
      ]),
    );

    const buckets: [string, string | null, number][] = [
      ['2026-02-12', '1-30', 1],
      ['2026-03-14', '31-60', 31],
      ['2026-04-13', '61-90', 61],
      ['2026-05-13', '91+', 91],
    ];
    for (const [date, bucket, dpd] of buckets) {
      moveTo(date);
      await run();
      const view = await api.get(`/v1/loans/${loan.id}`);
      expect([view.body.daysPastDue, view.body.delinquencyBucket]).toEqual([dpd, bucket]);
    }
    await eventually(() =>
      expect(
        events('crm.loan.delinquency-changed.v1', loan.id).map((e) => [
          e.previousBucket,
          e.bucket,
          e.daysPastDue,
        ]),
      ).toEqual([
        [null, '1-30', 1],
        ['1-30', '31-60', 31],
        ['31-60', '61-90', 61],
        ['61-90', '91+', 91],
      ]),
    );
    await eventually(() =>
      expect(
        events('crm.loan.payment-missed.v1', loan.id).map((e) => [
          e.installmentNumber,
          e.daysPastDue,
          e.businessDate,
        ]),
      ).toEqual([
        [1, 1, '2026-02-12'],
        [2, 3, '2026-03-14'],
        [3, 2, '2026-04-13'],
        [4, 2, '2026-05-13'],
      ]),
    );
    // The early warning rose with the missed payments and the rising DPD.
    await eventually(() =>
      expect(events('crm.loan.risk-warning.v1', loan.id).map((e) => e.severity)).toEqual(['medium', 'high']),
    );

    // Paying the arrears (4 × 888.49) ends the delinquency at the next run.
    await api.post(`/v1/loans/${loan.id}/repayments`, {
      amount: '3553.96',
      paidAt: clock.now().toISOString(),
    });
    moveTo('2026-05-14');
    await run();
    await eventually(() =>
      expect(events('crm.loan.delinquency-changed.v1', loan.id).at(-1)).toMatchObject({
        previousBucket: '91+',
        bucket: null,
        daysPastDue: 0,
      }),
    );
    // Everything the runs published came before that last change: one reminder in all, no second.
    expect(events('crm.loan.payment-due.v1', loan.id)).toHaveLength(1);
    expect(events('crm.loan.delinquency-changed.v1', loan.id)).toHaveLength(5);
  });

  it('treats a shortfall within the arrears tolerance as no arrears', async () => {
    const loan = await boardToday();
    await api.post(`/v1/loans/${loan.id}/repayments`, {
      amount: '887.99',
      paidAt: clock.now().toISOString(),
    });
    moveTo(addDays(today(), 15));
    await run();
    const view = await api.get(`/v1/loans/${loan.id}`);
    expect([view.body.daysPastDue, view.body.delinquencyBucket]).toEqual([0, null]);
    expect(await missedClaims(loan.id)).toBe(0);
  });

  it('fires each reminder, missed payment and bucket change exactly once with two replicas running at once', async () => {
    const loans = await Promise.all(Array.from({ length: 12 }, () => boardToday()));
    moveTo(addDays(today(), 5)); // 5 days before the first due date: one reminder each
    const jobs = [first.app.get(DailyLoanRunJob), second.app.get(DailyLoanRunJob)];
    // Four runs at once, two per replica (the loans of earlier tests run too, so the totals are theirs
    // as well): the claims show what was fired for each of these loans.
    await Promise.all([...jobs, ...jobs].map((job) => job.run()));
    moveTo(addDays(today(), 6)); // 1 day past due: a missed payment, a bucket change and a risk warning each
    await Promise.all([...jobs, ...jobs].map((job) => job.run()));
    expect(loans).toHaveLength(12);
    for (const loan of loans) {
      expect([await claims('payment-due', loan.id), await claims('payment-missed', loan.id)]).toEqual([1, 1]);
    }
    // A later event of each loan: once it has arrived, any duplicate published before it has too.
    await Promise.all(loans.map((loan) => markerAfter(loan.id)));
    for (const loan of loans) {
      expect(events('crm.loan.payment-due.v1', loan.id)).toHaveLength(1);
      expect(events('crm.loan.payment-missed.v1', loan.id)).toHaveLength(1);
      expect(events('crm.loan.delinquency-changed.v1', loan.id)).toHaveLength(1);
      expect(events('crm.loan.risk-warning.v1', loan.id)).toHaveLength(1);
    }
  });

  it('gives a customer with the extra-time adjustment longer before a missed-payment event', async () => {
    const vulnerable = newId();
    const { record } = eventRecord(
      CustomerVulnerabilityChangedV1,
      vulnerable,
      { customerId: vulnerable, adjustments: ['extra-time'], changedAt: clock.now().toISOString() },
      { topicPrefix: platform.topicPrefix },
    );
    await platform.produce([record]);
    await eventually(async () =>
      expect(
        await first.sql('SELECT adjustments FROM loan_customers WHERE customer_id = $1', [vulnerable]),
      ).toEqual([{ adjustments: ['extra-time'] }]),
    );
    const withExtraTime = await boardToday({ customerId: vulnerable });
    const without = await boardToday();
    const dueDate = addDays(today(), 10);
    moveTo(addDays(dueDate, 1));
    await run();
    await eventually(() => expect(events('crm.loan.payment-missed.v1', without.id)).toHaveLength(1));
    expect(await missedClaims(withExtraTime.id)).toBe(0);
    // The delinquency itself is the same for both: only the collections contact waits.
    expect((await api.get(`/v1/loans/${withExtraTime.id}`)).body.daysPastDue).toBe(1);
    moveTo(addDays(dueDate, 14));
    await run();
    expect(await missedClaims(withExtraTime.id)).toBe(0);
    moveTo(addDays(dueDate, 15)); // 1 + 14 days of extra time (LOAN_EXTRA_TIME_GRACE_DAYS)
    await run();
    await eventually(() =>
      expect(events('crm.loan.payment-missed.v1', withExtraTime.id)).toEqual([
        expect.objectContaining({ daysPastDue: 15 }),
      ]),
    );
  });
});
