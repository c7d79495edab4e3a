import {
  ComplaintEscalatedV1,
  ComplaintReceivedV1,
  CustomerChurnRiskChangedV1,
  CustomerSegmentChangedV1,
  InteractionRecordedV1,
  LoanBoardedV1,
  LoanDelinquencyChangedV1,
  LoanHardshipRequestedV1,
  LoanPaymentMissedV1,
  SurveyRespondedV1,
  eventsTopic,
  type CrmEvent,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent, type OutgoingRecord, type ReceivedRecord } from '@crm/messaging';
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

type Json = Record<string, any>;
const DAY = 86_400_000;
const clock = new AdjustableClock('2026-06-01T08:00:00Z');

/**
 * Equal treatment (FCA PRIN 2A, ECOA / Reg. B, GDPR Art. 22): two customers who behave identically get
 * identical segments and churn scores, however different their language, nationality, name and script,
 * festivals and vulnerability — including the language and interpreter use other services' events carry.
 */
describe('fairness of segmentation and churn risk (kafka)', () => {
  let platform: TestPlatform;
  let service: TestService;
  let published: ReceivedRecord[];
  let token: string;

  beforeAll(async () => {
    token = await fullAccessToken();
    platform = await TestPlatform.create('kafka', 'fairness');
    service = await platform.start(customerProfileService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    published = await platform.collect(eventsTopic('customer-profile', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  async function call(method: string, path: string, body?: unknown, headers: Json = {}) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
        ...bearer(token),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  }

  interface Persona {
    profile: Json;
    festivals: string[];
    vulnerability?: Json;
    /** What other services' events say about the conversation: the language, and whether an interpreter helped. */
    language: string;
    interpreterUsed: boolean;
  }

  async function register(persona: Persona): Promise<string> {
    const created = await call('POST', '/v1/customers', persona.profile);
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const consent = { status: 'granted', wordingVersion: 'culture-2026-01', sourceChannel: 'branch' };
    expect(
      (await call('PUT', `/v1/customers/${id}/consents/cultural-personalisation/any`, consent)).status,
    ).toBe(200);
    const festivals = await call(
      'PATCH',
      `/v1/customers/${id}`,
      { observedFestivals: persona.festivals },
      { 'if-match': '"1"' },
    );
    expect(festivals.status).toBe(200);
    if (persona.vulnerability)
      expect((await call('PUT', `/v1/customers/${id}/vulnerability`, persona.vulnerability)).status).toBe(
        200,
      );
    return id;
  }

  /** The same behaviour, event for event and instant for instant; only the customer and their language differ. */
  function behaviour(customerId: string, persona: Persona): { event: CrmEvent; record: OutgoingRecord }[] {
    const loanId = newId();
    const complaintId = newId();
    const at = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
    const record = <T>(definition: Parameters<typeof eventRecord<T>>[0], data: T, days: number) =>
      eventRecord(definition, customerId, data, { topicPrefix: platform.topicPrefix, time: at(days) });
    const loan = { loanId, customerId, currency: 'GBP' };
    const complaint = {
      complaintId,
      customerId,
      regime: 'uk-fca-disp' as const,
      language: persona.language,
      loanId,
    };
    const interaction = (days: number) =>
      record(
        InteractionRecordedV1,
        {
          interactionId: newId(),
          customerId,
          channel: 'phone' as const,
          direction: 'inbound' as const,
          occurredAt: at(days),
          language: persona.language,
          interpreterUsed: persona.interpreterUsed,
          outcome: 'informed' as const,
          topics: ['repayment-date'],
        },
        days,
      );
    return [
      record(
        LoanBoardedV1,
        {
          ...loan,
          productCode: 'PERSONAL-36',
          principal: '18000.00',
          numberOfRepayments: 36,
          repaymentFrequency: 'MONTHLY',
          disbursementDate: '2026-06-01',
          firstRepaymentDate: '2026-07-01',
          maturityDate: '2029-06-01',
          installmentAmount: '560.00',
          boardedAt: at(0),
        },
        0,
      ),
      interaction(0),
      interaction(0),
      interaction(0),
      record(
        LoanPaymentMissedV1,
        {
          ...loan,
          installmentNumber: 1,
          dueDate: '2026-07-01',
          amountOverdue: '560.00',
          daysPastDue: 1,
          businessDate: '2026-07-02',
        },
        0,
      ),
      record(
        LoanDelinquencyChangedV1,
        {
          ...loan,
          previousBucket: null,
          bucket: '31-60',
          daysPastDue: 31,
          amountOverdue: '1120.00',
          businessDate: '2026-08-01',
        },
        0,
      ),
      record(
        LoanHardshipRequestedV1,
        { ...loan, requestId: newId(), channel: 'phone', language: persona.language, requestedAt: at(0) },
        0,
      ),
      record(
        ComplaintReceivedV1,
        {
          ...complaint,
          submittedVia: 'phone',
          receivedAt: at(0),
          jurisdiction: 'GB',
          product: 'Personal loan',
          issue: 'Struggling to pay your loan',
          deadlines: { finalResponse: '2026-07-27' },
          deadlineTimeZone: 'Europe/London',
        },
        0,
      ),
      record(
        ComplaintEscalatedV1,
        { ...complaint, escalatedTo: 'ombudsman' as const, escalatedAt: at(0) },
        0,
      ),
      record(
        SurveyRespondedV1,
        {
          surveyId: newId(),
          customerId,
          trigger: 'interaction-resolved' as const,
          csat: 2,
          nps: 6,
          respondedAt: at(0),
        },
        0,
      ),
    ];
  }

  const outcomeOf = async (customerId: string) => {
    const { status, body } = await call('GET', `/v1/customers/${customerId}/segments`);
    expect(status).toBe(200);
    const { customerId: _, ...rest } = body;
    return rest;
  };

  const announcementsOf = (customerId: string) =>
    published
      .map((r) => decodeEvent(r) as CrmEvent<Json>)
      .filter(
        (e) =>
          e.partitionkey === customerId &&
          (e.type === CustomerSegmentChangedV1.type || e.type === CustomerChurnRiskChangedV1.type),
      )
      .map((e) => {
        const { customerId: _, ...data } = e.data;
        return { type: e.type, data };
      });

  it('gives identical segments, scores and reasons to customers who differ only in who they are', async () => {
    const taipei: Persona = {
      profile: {
        name: {
          full: '陳美玲',
          given: '美玲',
          family: '陳',
          order: 'family-first',
          alternates: [{ value: 'Chen Meiling', script: 'Latn' }],
        },
        honorific: '女士',
        locale: 'zh-Hant-TW',
        timeZone: 'Asia/Taipei',
        countryOfResidence: 'GB',
        nationality: 'TW',
      },
      festivals: ['lunar-new-year', 'mid-autumn'],
      vulnerability: {
        drivers: ['health', 'capability'],
        customerAgreed: true,
        note: 'Limited English; a relative helps with letters.',
        reviewDate: '2099-01-01',
        adjustments: ['interpreter', 'simpler-language'],
      },
      language: 'zh-Hant',
      interpreterUsed: true,
    };
    const manchester: Persona = {
      profile: {
        name: { full: 'Oliver Smith', given: 'Oliver', family: 'Smith', order: 'given-first' },
        honorific: 'Mr',
        locale: 'en-GB',
        timeZone: 'Europe/London',
        countryOfResidence: 'GB',
        nationality: 'GB',
      },
      festivals: ['christmas'],
      language: 'en-GB',
      interpreterUsed: false,
    };
    const riyadh: Persona = {
      profile: {
        name: { full: 'فاطمة الزهراء' },
        locale: 'ar-SA',
        timeZone: 'Asia/Riyadh',
        countryOfResidence: 'GB',
        nationality: 'SA',
        communicationStyle: 'formal',
      },
      festivals: ['eid-al-fitr', 'eid-al-adha'],
      vulnerability: {
        drivers: ['life-event'],
        customerAgreed: true,
        note: 'Recently widowed.',
        reviewDate: '2099-01-01',
        adjustments: ['extra-time'],
      },
      language: 'ar',
      interpreterUsed: false,
    };
    const personas = [taipei, manchester, riyadh];
    const ids = await Promise.all(personas.map((persona) => register(persona)));
    // Step by step, for all customers at once: events of one customer travel on three topics, and
    // their order of arrival must be the same for everyone for the announcements to be comparable.
    const plans = ids.map((id, i) => behaviour(id, personas[i] as Persona));
    for (let step = 0; step < (plans[0] as unknown[]).length; step += 1) {
      const batch = plans.map((plan) => plan[step] as { event: CrmEvent; record: OutgoingRecord });
      await platform.produce(batch.map((b) => b.record));
      await eventually(async () => {
        const [handled] = await service.sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)',
          [batch.map((b) => b.event.id)],
        );
        expect(handled?.n).toBe(batch.length);
      });
    }
    const expected = await outcomeOf(ids[0] as string);
    // …and a real, non-default outcome: the behaviour was seen.
    expect(expected.churnRisk).toEqual({
      score: 85,
      band: 'critical',
      reasons: ['COMPLAINT_ESCALATED', 'COMPLAINT_OPEN', 'PAYMENT_MISSED', 'LOW_CSAT', 'LOW_NPS'],
    });
    expect(expected.segments.find((s: Json) => s.dimension === 'lifecycle-stage').segment).toBe('at-risk');
    for (const id of ids.slice(1)) expect(await outcomeOf(id)).toEqual(expected);
    await eventually(() => {
      const first = announcementsOf(ids[0] as string);
      expect(first.length).toBeGreaterThan(4);
      for (const id of ids.slice(1)) expect(announcementsOf(id)).toEqual(first);
    });

    // Time passes identically for all: the review job treats them alike too.
    clock.advanceBy(200 * DAY);
    await service.app.get(SegmentReviewJob).run();
    const later = await outcomeOf(ids[0] as string);
    expect(later.segments.find((s: Json) => s.dimension === 'engagement').segment).toBe('none');
    for (const id of ids.slice(1)) expect(await outcomeOf(id)).toEqual(later);
  });
});
