import { AdjustableClock } from '@crm/kernel';
import { TestPlatform, eventually, fullAccessToken, mintToken, type TestService } from '@crm/testing';
import { loanServicingService } from '../src/loan-servicing.service';
import { board, client, loanRequest, publishedEvents, type Client } from './support';

describe('loan-servicing: boarding, schedules and repayments (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let api: Client;
  let events: Awaited<ReturnType<typeof publishedEvents>>;
  const clock = new AdjustableClock('2026-01-15T08:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'loans-repayments');
    service = await platform.start(loanServicingService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(service, await fullAccessToken());
    events = await publishedEvents(platform);
  });

  afterAll(() => platform?.close());

  describe('boarding', () => {
    it('boards an ACTIVE loan with the golden annuity schedule and publishes crm.loan.boarded.v1', async () => {
      const loan = await board(api);
      expect(loan).toMatchObject({
        status: 'ACTIVE',
        principal: '10000.00',
        currency: 'EUR',
        installmentAmount: '888.49',
        maturityDate: '2027-01-15',
        outstanding: '10661.86', // 11 × 888.49 + 888.47 = 10661.86 (see the golden unit test)
        scheduleVersion: 1,
      });
      const schedule = await api.get(`/v1/loans/${loan.id}/schedule`);
      expect(schedule.status).toBe(200);
      expect(schedule.body.installments[0]).toEqual({
        number: 1,
        dueDate: '2026-02-15',
        principal: '788.49',
        interest: '100.00',
        fees: '0.00',
        penalties: '0.00',
        total: '888.49',
        paid: '0.00',
        outstanding: '888.49',
        principalBalanceAfter: '9211.51',
      });
      expect(schedule.body.installments[11]).toMatchObject({
        total: '888.47',
        principalBalanceAfter: '0.00',
      });
      await eventually(() =>
        expect(events('crm.loan.boarded.v1', loan.id)).toEqual([
          expect.objectContaining({
            installmentAmount: '888.49',
            maturityDate: '2027-01-15',
            principal: '10000.00',
          }),
        ]),
      );
    });

    it('moves a due date off a public holiday by the loan rule: Christmas in England → 29 December', async () => {
      // 3,000.00 at 12 %, equal principal, 30/360, on the 25th: 25 Oct 2026 is a Sunday (→ Mon 26),
      // 25 Dec Christmas, 26 Dec Boxing Day, 28 Dec its substitute (→ Tue 29). Interest 30, 20, 10.
      const loan = await board(api, {
        principal: '3000.00',
        currency: 'GBP',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        disbursementDate: '2026-09-25',
        firstRepaymentDate: '2026-10-25',
        holidayCalendar: { country: 'GB', region: 'ENG' },
        nonWorkingDayRule: 'NEXT_WORKING_DAY',
      });
      const { body } = await api.get(`/v1/loans/${loan.id}/schedule`);
      expect(body.installments.map((i: any) => [i.dueDate, i.principal, i.interest, i.total])).toEqual([
        ['2026-10-26', '1000.00', '30.00', '1030.00'],
        ['2026-11-25', '1000.00', '20.00', '1020.00'],
        ['2026-12-29', '1000.00', '10.00', '1010.00'],
      ]);
    });

    it('rounds to the currency minor unit: JPY has none, KWD three', async () => {
      const yen = await board(api, { principal: '1000000', currency: 'JPY', annualInterestRate: '3' });
      expect(yen.installmentAmount).toBe('84694'); // 1e6 × 0.0025 / (1 − 1.0025^−12) = 84693.70 → 84694
      const dinar = await board(api, {
        principal: '1000.000',
        currency: 'KWD',
        annualInterestRate: '0',
        numberOfRepayments: 3,
      });
      expect(dinar.installmentAmount).toBe('333.333');
      const tooPrecise = await api.post('/v1/loans', loanRequest({ principal: '1000.5', currency: 'JPY' }));
      expect([tooPrecise.status, tooPrecise.body.code]).toEqual([422, 'AMOUNT_PRECISION']);
    });

    it('refuses floats, unknown currencies, impossible dates and unknown calendars with problem details, writing nothing', async () => {
      const before = await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM loans');
      const cases: [Record<string, unknown>, number, string][] = [
        [{ principal: 10000 }, 400, '/principal'],
        [{ currency: 'XYZ' }, 400, '/currency'],
        [{ annualInterestRate: '-1' }, 400, '/annualInterestRate'],
        [{ disbursementDate: '2026-02-30' }, 400, '/disbursementDate'],
        [{ repaymentFrequency: 'DAILY' }, 400, '/repaymentFrequency'],
        [{ holidayCalendar: { country: 'ZZ' } }, 400, '/holidayCalendar/country'],
      ];
      for (const [override, status, pointer] of cases) {
        const answer = await api.post('/v1/loans', loanRequest(override));
        expect(answer.status).toBe(status);
        expect(answer.body.errors.map((e: any) => e.pointer)).toContain(pointer);
      }
      const reversedDates = await api.post('/v1/loans', loanRequest({ firstRepaymentDate: '2026-01-15' }));
      expect([reversedDates.status, reversedDates.body.code]).toEqual([
        422,
        'FIRST_REPAYMENT_NOT_AFTER_DISBURSEMENT',
      ]);
      expect(await service.sql('SELECT count(*)::int AS n FROM loans')).toEqual(before);
    });

    it('boards once for a retried Idempotency-Key', async () => {
      const body = loanRequest();
      const headers = { 'idempotency-key': `board-${body.customerId}` };
      const first = await api.post('/v1/loans', body, { headers });
      const retry = await api.post('/v1/loans', body, { headers });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
      expect(
        await service.sql('SELECT count(*)::int AS n FROM loans WHERE customer_id = $1', [body.customerId]),
      ).toEqual([{ n: 1 }]);
    });

    it('lists a customer loans with a cursor, and asks for loans:read', async () => {
      const customerId = loanRequest().customerId;
      const ids = [
        (await board(api, { customerId })).id,
        (await board(api, { customerId })).id,
        (await board(api, { customerId })).id,
      ];
      const first = await api.get(`/v1/loans?customerId=${customerId}&limit=2`);
      expect(first.body.items.map((l: any) => l.id)).toEqual(ids.slice(0, 2));
      const second = await api.get(
        `/v1/loans?customerId=${customerId}&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((l: any) => l.id)).toEqual(ids.slice(2));
      expect(second.body.nextCursor).toBeUndefined();
      const reader = client(service, await mintToken({ scopes: ['customers:read'] }));
      expect((await reader.get(`/v1/loans/${ids[0]}`)).status).toBe(403);
      expect((await api.get('/v1/loans/0192f0c2-7b1e-7cc1-8a3e-000000000999')).status).toBe(404);
    });

    it('refuses a well-formed cursor whose position was tampered with: a 400 problem, never a 500', async () => {
      const customerId = loanRequest().customerId;
      await board(api, { customerId });
      await board(api, { customerId });
      const page = await api.get(`/v1/loans?customerId=${customerId}&limit=1`);
      const issued = JSON.parse(Buffer.from(page.body.nextCursor, 'base64url').toString('utf8'));
      expect(issued).toEqual({ boardedAt: expect.any(String), id: expect.any(String) });
      const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
      for (const forged of [
        forge({ ...issued, boardedAt: 'yesterday' }),
        forge({ ...issued, boardedAt: '2026' }),
        forge({ ...issued, boardedAt: '2026-02-30T08:00:00.000Z' }),
        forge({ ...issued, id: 'not-a-uuid' }),
        forge({ ...issued, id: `${issued.id}' OR '1'='1` }),
      ]) {
        const answer = await api.get(`/v1/loans?customerId=${customerId}&limit=1&cursor=${forged}`);
        expect({ forged, status: answer.status }).toEqual({ forged, status: 400 });
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/cursor']);
      }
    });
  });

  describe('repayments', () => {
    it('allocates past-due penalties, fees, interest, principal, then what is due, then in advance, and shows it', async () => {
      // 300.00 at 12 %, equal principal, 3 months, a 2.00 fee each: installments of 100 principal and
      // 3.00 / 2.00 / 1.00 interest (30/360: 1 % a month on 300, 200, 100).
      const loan = await board(api, {
        principal: '300.00',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        installmentFee: '2.00',
      });
      clock.set('2026-03-20T10:00:00Z');
      // On 20 March: installments 1 (15 Feb) and 2 (15 Mar) are past due, 3 (15 Apr) is the one due.
      // 1: fee 2 + interest 3 + principal 100 = 105; 2: 2 + 2 + 100 = 104; leaves 11 for 3: fee 2, interest 1, principal 8.
      const paid = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '220.00',
        paidAt: '2026-03-20T09:00:00Z',
      });
      expect(paid.status).toBe(201);
      expect(paid.body.allocation).toEqual({
        principal: '208.00',
        interest: '6.00',
        fees: '6.00',
        penalties: '0.00',
        credit: '0.00',
        installments: [
          { installmentNumber: 1, principal: '100.00', interest: '3.00', fees: '2.00', penalties: '0.00' },
          { installmentNumber: 2, principal: '100.00', interest: '2.00', fees: '2.00', penalties: '0.00' },
          { installmentNumber: 3, principal: '8.00', interest: '1.00', fees: '2.00', penalties: '0.00' },
        ],
      });
      expect(paid.body).toMatchObject({ outstanding: '92.00', loanStatus: 'ACTIVE' });
      await eventually(() =>
        expect(events('crm.loan.payment-received.v1', loan.id)).toEqual([
          expect.objectContaining({
            repaymentId: paid.body.id,
            amount: '220.00',
            allocation: {
              principal: '208.00',
              interest: '6.00',
              fees: '6.00',
              penalties: '0.00',
              credit: '0.00',
            },
            outstanding: '92.00',
          }),
        ]),
      );
    });

    it('closes the loan when exactly paid (CLOSED_OBLIGATIONS_MET), keeps an overpayment as credit (OVERPAID), and reopens on reversal', async () => {
      clock.set('2026-01-20T10:00:00Z');
      const exact = await board(api, {
        principal: '300.00',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
      });
      // Paid in advance on 20 Jan: 300 principal + 3 + 2 + 1 interest = 306.00.
      const closing = await api.post(`/v1/loans/${exact.id}/repayments`, {
        amount: '306.00',
        paidAt: '2026-01-20T09:00:00Z',
      });
      expect(closing.body).toMatchObject({ loanStatus: 'CLOSED_OBLIGATIONS_MET', outstanding: '0.00' });
      await eventually(() =>
        expect(events('crm.loan.closed.v1', exact.id)).toEqual([
          expect.objectContaining({ status: 'CLOSED_OBLIGATIONS_MET' }),
        ]),
      );
      const refused = await api.post(`/v1/loans/${exact.id}/repayments`, {
        amount: '1.00',
        paidAt: '2026-01-20T09:00:00Z',
      });
      expect([refused.status, refused.body.code]).toEqual([409, 'LOAN_NOT_ACTIVE']);

      const over = await board(api, {
        principal: '300.00',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
      });
      const overpaid = await api.post(`/v1/loans/${over.id}/repayments`, {
        amount: '310.00',
        paidAt: '2026-01-20T09:00:00Z',
      });
      expect(overpaid.body).toMatchObject({
        loanStatus: 'OVERPAID',
        allocation: expect.objectContaining({ credit: '4.00' }),
      });
      expect((await api.get(`/v1/loans/${over.id}`)).body).toMatchObject({
        status: 'OVERPAID',
        credit: '4.00',
      });

      const reversed = await api.post(`/v1/loans/${exact.id}/repayments/${closing.body.id}/reversal`);
      expect(reversed.status).toBe(200);
      expect(reversed.body).toMatchObject({ loanStatus: 'ACTIVE', outstanding: '306.00', allocation: null });
      expect(reversed.body.reversedAt).toBe(clock.now().toISOString());
      await eventually(() =>
        expect(events('crm.loan.payment-reversed.v1', exact.id)).toEqual([
          expect.objectContaining({ repaymentId: closing.body.id, amount: '306.00', outstanding: '306.00' }),
        ]),
      );
      const again = await api.post(`/v1/loans/${exact.id}/repayments/${closing.body.id}/reversal`);
      expect([again.status, again.body.code]).toEqual([409, 'REPAYMENT_ALREADY_REVERSED']);
    });

    it('replays allocation from scratch on a reversal: a later payment moves into the gap', async () => {
      clock.set('2026-03-01T10:00:00Z');
      const loan = await board(api, {
        principal: '300.00',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
      });
      const first = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '103.00',
        paidAt: '2026-02-14T09:00:00Z',
      });
      const second = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '102.00',
        paidAt: '2026-02-20T09:00:00Z',
      });
      expect(second.body.allocation.installments).toEqual([
        { installmentNumber: 2, principal: '100.00', interest: '2.00', fees: '0.00', penalties: '0.00' },
      ]);
      await api.post(`/v1/loans/${loan.id}/repayments/${first.body.id}/reversal`);
      // Without the first payment, installment 1 (15 Feb) is past due on 20 Feb: 3.00 interest, 99.00 principal.
      const list = await api.get(`/v1/loans/${loan.id}/repayments`);
      const replayed = list.body.items.find((r: any) => r.id === second.body.id);
      expect(replayed.allocation.installments).toEqual([
        { installmentNumber: 1, principal: '99.00', interest: '3.00', fees: '0.00', penalties: '0.00' },
      ]);
      const schedule = await api.get(`/v1/loans/${loan.id}/schedule`);
      expect(schedule.body.installments.map((i: any) => i.paid)).toEqual(['102.00', '0.00', '0.00']);
    });

    it('refuses a repayment in the future, with too many decimals, or for an unknown loan', async () => {
      clock.set('2026-02-01T10:00:00Z');
      const loan = await board(api);
      const future = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '10.00',
        paidAt: '2026-02-02T00:00:00Z',
      });
      expect([future.status, future.body.code]).toEqual([422, 'REPAYMENT_IN_FUTURE']);
      const precise = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: '10.001',
        paidAt: '2026-02-01T00:00:00Z',
      });
      expect([precise.status, precise.body.code]).toEqual([422, 'REPAYMENT_AMOUNT_INVALID']);
      const numeric = await api.post(`/v1/loans/${loan.id}/repayments`, {
        amount: 10,
        paidAt: '2026-02-01T00:00:00Z',
      });
      expect(numeric.status).toBe(400);
      const unknown = await api.post('/v1/loans/0192f0c2-7b1e-7cc1-8a3e-000000000999/repayments', {
        amount: '1.00',
        paidAt: '2026-02-01T00:00:00Z',
      });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'LOAN_NOT_FOUND']);
    });
  });

  describe('payoff quote', () => {
    it('quotes principal, interest accrued to the date, fees and a validity date', async () => {
      clock.set('2026-03-01T10:00:00Z');
      const loan = await board(api, {
        principal: '300.00',
        numberOfRepayments: 3,
        amortizationMethod: 'EQUAL_PRINCIPAL',
        installmentFee: '2.00',
      });
      await api.post(`/v1/loans/${loan.id}/repayments`, { amount: '105.00', paidAt: '2026-02-15T09:00:00Z' });
      // On 1 March: principal 200.00 left; period 2 runs 15 Feb → 15 Mar (28 actual days), its interest
      // 2.00 accrued for 14 of 28 days = 1.00; no fee due yet (next on 15 Mar). Total 201.00.
      const quote = await api.get(`/v1/loans/${loan.id}/payoff-quote?asOf=2026-03-01`);
      expect(quote.body).toEqual({
        loanId: loan.id,
        currency: 'EUR',
        asOf: '2026-03-01',
        principal: '200.00',
        interest: '1.00',
        fees: '0.00',
        penalties: '0.00',
        credit: '0.00',
        total: '201.00',
        perDiemInterest: '0.07',
        validUntil: '2026-03-08',
      });
      expect((await api.get(`/v1/loans/${loan.id}/payoff-quote?asOf=2026-13-01`)).status).toBe(400);
    });
  });
});
