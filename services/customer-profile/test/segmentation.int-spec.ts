import {
  ComplaintReceivedV1,
  ComplaintResolvedV1,
  CustomerChurnRiskChangedV1,
  CustomerSegmentChangedV1,
  LoanBoardedV1,
  LoanPaymentMissedV1,
  SurveyRespondedV1,
  eventsTopic,
  type CrmEvent,
  type CustomerChurnRiskChangedV1Data,
  type CustomerSegmentChangedV1Data,
  type EventDefinition,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent, type ReceivedRecord } from '@crm/messaging';
import {
  TestPlatform,
  bearer,
  eventRecord,
  eventually,
  fullAccessToken,
  type TestService,
} from '@crm/testing';
import { SegmentReviewJob } from '../src/api/segmentation/segment-review.job';
import { customerProfileService } from '../src/customer-profile.service';

const DAY = 86_400_000;
const clock = new AdjustableClock('2026-03-01T09:00:00Z');

describe('segmentation and churn risk (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let published: ReceivedRecord[];
  let token: string;

  beforeAll(async () => {
    token = await fullAccessToken();
    platform = await TestPlatform.create('kafka', 'segmentation');
    service = await platform.start(customerProfileService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    published = await platform.collect(eventsTopic('customer-profile', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  function feed<T>(definition: EventDefinition<T>, customerId: string, data: T) {
    const { record } = eventRecord(definition, customerId, data, {
      topicPrefix: platform.topicPrefix,
      time: clock.now().toISOString(),
    });
    return platform.produce([record]);
  }

  function eventsOf<T>(definition: EventDefinition<T>, customerId: string): T[] {
    return published
      .map((record) => decodeEvent(record) as CrmEvent<T>)
      .filter((event) => event.type === definition.type && event.partitionkey === customerId)
      .map((event) => event.data);
  }

  const segmentChanges = (customerId: string) =>
    eventsOf<CustomerSegmentChangedV1Data>(CustomerSegmentChangedV1, customerId).map(
      ({ dimension, from, to, reasons }) => ({ dimension, from, to, reasons }),
    );
  const churnChanges = (customerId: string) =>
    eventsOf<CustomerChurnRiskChangedV1Data>(CustomerChurnRiskChangedV1, customerId).map(
      ({ score, band, previousBand, reasons }) => ({ score, band, previousBand, reasons }),
    );

  async function segments(customerId: string) {
    const response = await fetch(`${service.url}/v1/customers/${customerId}/segments`, {
      headers: bearer(token),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const segmentOf = (body: Record<string, any>, dimension: string) =>
    (body.segments as { dimension: string; segment: string; reasons: string[] }[]).find(
      (s) => s.dimension === dimension,
    );

  const loan = (customerId: string, loanId: string, principal = '25000.00') => ({
    loanId,
    customerId,
    currency: 'EUR',
    productCode: 'PERSONAL-24',
    principal,
    numberOfRepayments: 24,
    repaymentFrequency: 'MONTHLY' as const,
    disbursementDate: '2026-03-01',
    firstRepaymentDate: '2026-04-01',
    maturityDate: '2028-03-01',
    installmentAmount: '1100.00',
    boardedAt: clock.now().toISOString(),
  });

  const complaint = (customerId: string, complaintId: string) => ({
    complaintId,
    customerId,
    regime: 'uk-fca-disp' as const,
    language: 'en-GB',
    submittedVia: 'phone',
    receivedAt: clock.now().toISOString(),
    jurisdiction: 'GB',
    product: 'Personal loan',
    issue: 'Trouble during payment process',
    deadlines: { finalResponse: '2026-05-24' },
    deadlineTimeZone: 'Europe/London',
  });

  it('assigns segments as loan, complaint and survey events arrive, publishing each change with its reasons', async () => {
    const customerId = newId();
    const loanId = newId();
    await feed(LoanBoardedV1, customerId, loan(customerId, loanId));
    await eventually(() =>
      expect(segmentChanges(customerId)).toEqual([
        { dimension: 'value-tier', from: null, to: 'plus', reasons: ['BALANCE_PLUS'] },
        { dimension: 'lifecycle-stage', from: null, to: 'onboarding', reasons: ['NEW_RELATIONSHIP_90_DAYS'] },
        { dimension: 'risk-level', from: null, to: 'low', reasons: ['REPAYING_AS_AGREED'] },
        // engagement lands on `none`, which is no change from no segment: nothing is announced.
      ]),
    );

    await feed(LoanPaymentMissedV1, customerId, {
      loanId,
      customerId,
      currency: 'EUR',
      installmentNumber: 1,
      dueDate: '2026-04-01',
      amountOverdue: '1100.00',
      daysPastDue: 1,
      businessDate: '2026-04-02',
    });
    // Each source topic is consumed on its own: wait for one change before the next, so the order is known.
    await eventually(() =>
      expect(segmentChanges(customerId).slice(3)).toEqual([
        { dimension: 'lifecycle-stage', from: 'onboarding', to: 'at-risk', reasons: ['PAYMENT_MISSED'] },
        { dimension: 'risk-level', from: 'low', to: 'medium', reasons: ['DPD_RISING', 'PAYMENT_MISSED'] },
      ]),
    );
    await feed(ComplaintReceivedV1, customerId, complaint(customerId, newId()));
    await feed(SurveyRespondedV1, customerId, {
      surveyId: newId(),
      customerId,
      trigger: 'complaint-resolved',
      csat: 1,
      nps: 2,
      respondedAt: clock.now().toISOString(),
    });

    await eventually(async () => {
      const { status, body } = await segments(customerId);
      expect(status).toBe(200);
      expect(body.churnRisk).toEqual({
        score: 60,
        band: 'high',
        reasons: ['COMPLAINT_OPEN', 'PAYMENT_MISSED', 'LOW_CSAT', 'LOW_NPS'],
      });
    });
    const { body } = await segments(customerId);
    expect(segmentOf(body, 'lifecycle-stage')).toMatchObject({
      segment: 'at-risk',
      reasons: ['PAYMENT_MISSED', 'COMPLAINT_OPEN', 'LOW_SURVEY_SCORE'],
    });
    expect(segmentOf(body, 'risk-level')).toMatchObject({
      segment: 'medium',
      reasons: ['DPD_RISING', 'PAYMENT_MISSED'],
    });
    expect(segmentOf(body, 'value-tier')).toMatchObject({ segment: 'plus' });
    expect(body.rulesVersion).toBe('2026-11-default');
    await eventually(() =>
      expect(churnChanges(customerId).at(-1)).toEqual({
        score: 60,
        band: 'high',
        previousBand: expect.stringMatching(/^(low|medium)$/),
        reasons: ['COMPLAINT_OPEN', 'PAYMENT_MISSED', 'LOW_CSAT', 'LOW_NPS'],
      }),
    );
    // The complaint and the survey deepened the same segments: no further segment changes.
    expect(segmentChanges(customerId)).toHaveLength(5);
  });

  it('publishes churn-risk-changed only when the score crosses into another band', async () => {
    const customerId = newId();
    const complaintId = newId();
    await feed(LoanBoardedV1, customerId, loan(customerId, newId()));
    await eventually(() => expect(churnChanges(customerId)).toHaveLength(1));

    // NPS 5 adds 10 points: still low, so nothing is announced.
    await feed(SurveyRespondedV1, customerId, {
      surveyId: newId(),
      customerId,
      trigger: 'interaction-resolved',
      nps: 5,
      respondedAt: clock.now().toISOString(),
    });
    await eventually(async () => expect((await segments(customerId)).body.churnRisk.score).toBe(10));
    // An open complaint takes it to 30: medium.
    await feed(ComplaintReceivedV1, customerId, complaint(customerId, complaintId));
    await eventually(() => expect(churnChanges(customerId)).toHaveLength(2));
    // Resolving it brings the score back to 10: low again.
    await feed(ComplaintResolvedV1, customerId, {
      complaintId,
      customerId,
      regime: 'uk-fca-disp',
      language: 'en-GB',
      outcome: 'upheld',
      redress: { type: 'none' },
      companyResponse: 'Closed with explanation',
      isOnTime: true,
      resolvedAt: clock.now().toISOString(),
    });
    await eventually(() => expect(churnChanges(customerId)).toHaveLength(3));

    expect(churnChanges(customerId)).toEqual([
      { score: 0, band: 'low', previousBand: null, reasons: [] },
      { score: 30, band: 'medium', previousBand: 'low', reasons: ['COMPLAINT_OPEN', 'LOW_NPS'] },
      { score: 10, band: 'low', previousBand: 'medium', reasons: ['LOW_NPS'] },
    ]);
  });

  it('answers 404 for a customer it has never heard of, and 400 for an id that is not a UUID', async () => {
    expect((await segments(newId())).status).toBe(404);
    expect((await segments('not-a-uuid')).status).toBe(400);
  });

  it('moves a customer to dormant when the clock passes the dormancy window, once across two replicas', async () => {
    const customerId = newId();
    await feed(LoanBoardedV1, customerId, loan(customerId, newId(), '5000.00'));
    await eventually(() => expect(segmentChanges(customerId)).toHaveLength(3));
    const replica = await platform.start(customerProfileService, {
      clock,
      replicaOf: service,
      env: { SCHEDULER_INTERVAL_MS: '0' },
    });

    clock.advanceBy(100 * DAY);
    await Promise.all([service.app.get(SegmentReviewJob).run(), replica.app.get(SegmentReviewJob).run()]);
    await eventually(() =>
      expect(segmentChanges(customerId).slice(3)).toEqual([
        { dimension: 'lifecycle-stage', from: 'onboarding', to: 'active', reasons: ['ACTIVE_RELATIONSHIP'] },
      ]),
    );

    clock.advanceBy(81 * DAY);
    const fired = await Promise.all([
      service.app.get(SegmentReviewJob).run(),
      replica.app.get(SegmentReviewJob).run(),
    ]);
    expect(fired.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const { body } = await segments(customerId);
      expect(segmentOf(body, 'lifecycle-stage')).toMatchObject({
        segment: 'dormant',
        reasons: ['NO_ACTIVITY_180_DAYS'],
      });
      expect(body.churnRisk).toEqual({ score: 15, band: 'low', reasons: ['NO_ACTIVITY_90_DAYS'] });
    });
    await eventually(() =>
      expect(segmentChanges(customerId).slice(4)).toEqual([
        { dimension: 'lifecycle-stage', from: 'active', to: 'dormant', reasons: ['NO_ACTIVITY_180_DAYS'] },
      ]),
    );
    // Nothing more is due: running again changes nothing.
    expect(await service.app.get(SegmentReviewJob).run()).toBe(0);
    // Both replicas ran the review at once, yet the change to dormant was written once: the outbox
    // holds every event either published for the customer, sent or not.
    const dormant = await service.sql<{ to: string; n: number }>(
      `SELECT event->'data'->>'to' AS to, count(*)::int AS n FROM outbox
        WHERE partition_key = $1 AND event_type = $2 GROUP BY 1 ORDER BY 1`,
      [customerId, CustomerSegmentChangedV1.type],
    );
    expect(dormant.find((row) => row.to === 'dormant')).toEqual({ to: 'dormant', n: 1 });
    expect(dormant.find((row) => row.to === 'active')).toEqual({ to: 'active', n: 1 });
    await replica.close();
  });
});
