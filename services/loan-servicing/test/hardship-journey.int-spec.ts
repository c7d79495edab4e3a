import { AdjustableClock } from '@crm/kernel';
import { TestPlatform, eventually, fullAccessToken, mintToken, type TestService } from '@crm/testing';
import { DailyLoanRunJob } from '../src/api/daily-loan-run.job';
import { loanServicingService } from '../src/loan-servicing.service';
import { board, client, publishedEvents, type Client } from './support';

const hardshipRequest = {
  reasons: ['job-loss'],
  monthlyIncome: '1800.00',
  monthlyExpenses: '1500.00',
  requestedHelp: ['PAYMENT_HOLIDAY'],
  channel: 'phone',
  language: 'es-MX',
  notes: 'Perdí mi trabajo en febrero; espero uno nuevo en abril.',
};
const acceptance = { wordingVersion: 'hardship-terms-2026-02', language: 'es-MX', channel: 'phone' };

describe('loan-servicing: the hardship journey (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: Client;
  let maker: Client;
  let checker: Client;
  let events: Awaited<ReturnType<typeof publishedEvents>>;
  const clock = new AdjustableClock('2026-01-15T09:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'loans-hardship');
    service = await platform.start(loanServicingService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(service, await fullAccessToken());
    maker = client(service, await mintToken({ roles: ['collections-officer'], subject: 'staff-maker' }));
    checker = client(service, await mintToken({ roles: ['collections-officer'], subject: 'staff-checker' }));
    events = await publishedEvents(platform);
  });

  afterAll(() => platform?.close());

  const run = () => service.app.get(DailyLoanRunJob).run();
  const moveTo = (date: string) => clock.set(`${date}T09:00:00Z`);

  /** The golden annuity (10,000.00 at 12 %, 888.49 a month from 15 Feb), the first installment missed. */
  async function loanInArrears() {
    moveTo('2026-01-15');
    const loan = await board(api);
    moveTo('2026-02-20');
    await run();
    return loan;
  }

  it('previews, is proposed, accepted, refused to its maker, approved by a second person, and pauses collections', async () => {
    const loan = await loanInArrears();
    expect((await api.get(`/v1/loans/${loan.id}`)).body).toMatchObject({
      daysPastDue: 5,
      delinquencyBucket: '1-30',
    });

    const requested = await maker.post(`/v1/loans/${loan.id}/hardship-requests`, hardshipRequest);
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'OPEN',
      reasons: ['job-loss'],
      language: 'es-MX',
      affordability: {
        disposableIncome: '300.00',
        currentInstallment: '888.49',
        isCurrentInstallmentAffordable: false,
      },
    });
    expect(requested.body.eligibleOptions.map((o: any) => o.option)).toEqual([
      'PAYMENT_HOLIDAY',
      'INTEREST_PAUSE',
      'GRACE_ON_PRINCIPAL',
      'EXTEND_REPAYMENT_PERIOD',
      'RE_AGE',
    ]);
    const requestId = requested.body.id;
    await eventually(() => {
      const [event] = events('crm.loan.hardship-requested.v1', loan.id);
      expect(event).toEqual({
        loanId: loan.id,
        customerId: loan.customerId,
        currency: 'EUR',
        requestId,
        channel: 'phone',
        language: 'es-MX',
        requestedAt: '2026-02-20T09:00:00.000Z',
      }); // no reason, no notes, no income: they stay here
    });

    const tooLong = await maker.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/previews`, {
      option: 'PAYMENT_HOLIDAY',
      installments: 4,
    });
    expect([tooLong.status, tooLong.body.code]).toEqual([422, 'HARDSHIP_INSTALLMENTS_OUT_OF_RANGE']);

    // A two-installment holiday from 20 Feb, term extended. Installment 1 (15 Feb) stays as it is;
    // 2 and 3 (15 Mar, 15 Apr) are holidays: nothing due, interest accrues on 9211.51 at 1 % a month,
    // 92.1151 → 92.12 twice = 184.24, spread over the 11 installments after: 184.24 / 11 = 16.749 → 16.75
    // (the last 16.74). Those 11 re-amortize 9211.51 at 1 %: 9211.51 × 0.01 / (1 − 1.01^−11) = 888.49,
    // so each is 888.49 + 16.75 = 905.24. Interest cost: 100.00 + 184.24 + 561.86 = 846.10 against 661.86.
    const preview = await maker.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/previews`, {
      option: 'PAYMENT_HOLIDAY',
      installments: 2,
      keepTerm: false,
    });
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({
      option: 'PAYMENT_HOLIDAY',
      currency: 'EUR',
      startsOn: '2026-02-20',
      endsOn: '2026-04-15',
      current: {
        installmentAmount: '888.49',
        numberOfRepayments: 12,
        maturityDate: '2027-01-15',
        totalCost: '661.86',
      },
      proposed: {
        installmentAmount: '905.24',
        numberOfRepayments: 14,
        maturityDate: '2027-03-15',
        totalCost: '846.10',
      },
      difference: { installmentAmount: '16.75', numberOfRepayments: 2, totalCost: '184.24' },
    });
    expect(
      preview.body.proposed.installments.slice(0, 4).map((i: any) => [i.number, i.dueDate, i.total]),
    ).toEqual([
      [1, '2026-02-15', '888.49'],
      [2, '2026-03-15', '0.00'],
      [3, '2026-04-15', '0.00'],
      [4, '2026-05-15', '905.24'],
    ]);

    const proposed = await maker.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/proposal`, {
      previewId: preview.body.id,
    });
    expect(proposed.body).toMatchObject({
      status: 'PROPOSED',
      proposedBy: 'staff:staff-maker',
      proposedPreviewId: preview.body.id,
    });
    const approvedTooEarly = await checker.post(
      `/v1/loans/${loan.id}/hardship-requests/${requestId}/approval`,
    );
    expect([approvedTooEarly.status, approvedTooEarly.body.code]).toEqual([409, 'HARDSHIP_NOT_ACCEPTED']);

    clock.set('2026-02-20T11:30:00Z');
    const accepted = await api.post(
      `/v1/loans/${loan.id}/hardship-requests/${requestId}/acceptance`,
      acceptance,
    );
    expect(accepted.body).toMatchObject({
      status: 'ACCEPTED',
      acceptance: { ...acceptance, acceptedAt: '2026-02-20T11:30:00.000Z' },
    });

    const byMaker = await maker.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/approval`);
    expect([byMaker.status, byMaker.body.code]).toEqual([409, 'HARDSHIP_SAME_APPROVER']);
    const withoutApproval = client(service, await mintToken({ scopes: ['loans:read', 'loans:write'] }));
    expect(
      (await withoutApproval.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/approval`)).status,
    ).toBe(403);
    expect((await api.get(`/v1/loans/${loan.id}`)).body.scheduleVersion).toBe(1);

    const approved = await checker.post(`/v1/loans/${loan.id}/hardship-requests/${requestId}/approval`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      option: 'PAYMENT_HOLIDAY',
      status: 'ACTIVE',
      startsOn: '2026-02-20',
      endsOn: '2026-04-15',
    });
    expect((await api.get(`/v1/loans/${loan.id}/hardship-requests/${requestId}`)).body).toMatchObject({
      status: 'APPROVED',
      approvedBy: 'staff:staff-checker',
    });
    // Reading a hardship request (reasons, income, notes), in any answer that shows it, is audited.
    const reads = await service.sql<{ fields: string[] }>(
      `SELECT fields FROM audit_log WHERE action = 'loan.hardship.read' AND resource_id = $1`,
      [requestId],
    );
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(new Set(reads.map((r) => r.fields.join()))).toEqual(
      new Set(['reasons,monthlyIncome,monthlyExpenses,notes']),
    );

    // The new schedule is version 2; the old one is kept as version 1.
    const current = await api.get(`/v1/loans/${loan.id}/schedule`);
    expect([
      current.body.version,
      current.body.installments.length,
      current.body.installments[3].total,
    ]).toEqual([2, 14, '905.24']);
    const previous = await api.get(`/v1/loans/${loan.id}/schedule?version=1`);
    expect([previous.body.version, previous.body.currentVersion, previous.body.installments.length]).toEqual([
      1, 2, 12,
    ]);
    expect(previous.body.installments[1]).toMatchObject({ dueDate: '2026-03-15', total: '888.49' });
    expect((await api.get(`/v1/loans/${loan.id}/schedule?version=3`)).status).toBe(404);
    await eventually(() => {
      expect(events('crm.loan.restructured.v1', loan.id)).toEqual([
        expect.objectContaining({
          option: 'PAYMENT_HOLIDAY',
          arrangementId: approved.body.id,
          scheduleVersion: 2,
          previousInstallmentAmount: '888.49',
          installmentAmount: '905.24',
          previousNumberOfRepayments: 12,
          numberOfRepayments: 14,
          previousMaturityDate: '2027-01-15',
          maturityDate: '2027-03-15',
        }),
      ]);
      expect(events('crm.loan.hardship-arrangement-started.v1', loan.id)).toEqual([
        expect.objectContaining({
          arrangementId: approved.body.id,
          option: 'PAYMENT_HOLIDAY',
          startsOn: '2026-02-20',
          endsOn: '2026-04-15',
        }),
      ]);
    });

    // While the arrangement runs, delinquency does not age and no collections event fires.
    const missedBefore = events('crm.loan.payment-missed.v1', loan.id).length;
    for (const date of ['2026-03-01', '2026-03-20', '2026-04-15']) {
      moveTo(date);
      await run();
      expect((await api.get(`/v1/loans/${loan.id}`)).body).toMatchObject({
        daysPastDue: 4,
        delinquencyBucket: '1-30',
      });
    }
    // The day after it ends, the daily run ends it and ageing resumes where it stopped.
    moveTo('2026-04-16');
    await run();
    await eventually(() =>
      expect(events('crm.loan.hardship-arrangement-ended.v1', loan.id)).toEqual([
        expect.objectContaining({ arrangementId: approved.body.id, reason: 'completed' }),
      ]),
    );
    expect((await api.get(`/v1/loans/${loan.id}`)).body).toMatchObject({
      daysPastDue: 5,
      hardshipArrangement: null,
    });
    const [{ n: claims }] = await service.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM loan_run_claims WHERE kind = 'payment-missed' AND loan_id = $1 AND claimed_at > '2026-02-20T12:00:00Z'`,
      [loan.id],
    );
    expect(claims).toBe(0);
    expect(events('crm.loan.payment-missed.v1', loan.id)).toHaveLength(missedBefore);
  });

  it('previews a re-age of the arrears with the interest waived, and ends an arrangement on cancellation', async () => {
    const loan = await loanInArrears();
    const { body: request } = await api.post(`/v1/loans/${loan.id}/hardship-requests`, {
      ...hardshipRequest,
      notes: undefined,
    });
    // RE_AGE of installment 1 (888.49 unpaid, of which 100.00 interest) over the 11 left, WAIVE_INTEREST:
    // installment 1 keeps only what was paid of it (0.00); its 788.49 principal rolls into the balance.
    const reAge = await api.post(`/v1/loans/${loan.id}/hardship-requests/${request.id}/previews`, {
      option: 'RE_AGE',
      reAgeInterestHandling: 'WAIVE_INTEREST',
    });
    expect(reAge.status).toBe(201);
    expect(reAge.body.proposed.numberOfRepayments).toBe(12);
    expect(reAge.body.proposed.installments[0]).toMatchObject({
      number: 1,
      total: '0.00',
      principalBalanceAfter: '10000.00',
    });
    expect(reAge.body.endsOn).toBe('2026-03-15');

    const extend = await api.post(`/v1/loans/${loan.id}/hardship-requests/${request.id}/previews`, {
      option: 'EXTEND_REPAYMENT_PERIOD',
      additionalInstallments: 12,
    });
    expect(extend.body.difference.numberOfRepayments).toBe(12);
    expect(Number(extend.body.difference.installmentAmount)).toBeLessThan(0);

    await maker.post(`/v1/loans/${loan.id}/hardship-requests/${request.id}/proposal`, {
      previewId: extend.body.id,
    });
    await api.post(`/v1/loans/${loan.id}/hardship-requests/${request.id}/acceptance`, acceptance);
    const approved = await checker.post(`/v1/loans/${loan.id}/hardship-requests/${request.id}/approval`);
    expect(approved.body.status).toBe('ACTIVE');
    const cancelled = await api.post(
      `/v1/loans/${loan.id}/hardship-arrangements/${approved.body.id}/cancellation`,
    );
    expect(cancelled.body).toMatchObject({ status: 'ENDED', endReason: 'cancelled' });
    await eventually(() =>
      expect(events('crm.loan.hardship-arrangement-ended.v1', loan.id)).toEqual([
        expect.objectContaining({ arrangementId: approved.body.id, reason: 'cancelled' }),
      ]),
    );
    const again = await api.post(
      `/v1/loans/${loan.id}/hardship-arrangements/${approved.body.id}/cancellation`,
    );
    expect([again.status, again.body.code]).toEqual([409, 'HARDSHIP_ARRANGEMENT_ENDED']);
  });
});
