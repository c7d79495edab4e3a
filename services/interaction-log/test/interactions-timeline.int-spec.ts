import {
  CustomerContactPreferencesChangedV1,
  CustomerVulnerabilityChangedV1,
  LoanPaymentReceivedV1,
  NotificationSentV1,
  ComplaintEscalatedV1,
  eventsTopic,
} from '@crm/contracts';
import { AdjustableClock, newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import {
  TestPlatform,
  eventRecord,
  eventually,
  fullAccessToken,
  mintToken,
  type TestService,
} from '@crm/testing';
import { interactionLogService } from '../src/interaction-log.service';
import { client, correction, interaction } from './support';

describe('interaction log: interactions and the timeline (kafka)', () => {
  let platform: TestPlatform;
  let log: TestService;
  let api: ReturnType<typeof client>;
  let published: Awaited<ReturnType<TestPlatform['collect']>>;
  const clock = new AdjustableClock('2026-11-24T12:00:00Z');

  beforeAll(async () => {
    platform = await TestPlatform.create('kafka', 'il-timeline');
    log = await platform.start(interactionLogService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    api = client(log, await fullAccessToken());
    published = await platform.collect(eventsTopic('interaction-log', platform.topicPrefix));
  });

  afterAll(() => platform?.close());

  const timeline = async (customerId: string, query = '') => {
    const answer = await api.get(`/v1/customers/${customerId}/timeline${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { items: Record<string, any>[]; nextCursor: string | null };
  };

  describe('recording', () => {
    it('records an interaction in UTC with a canonical language tag and puts it on the timeline', async () => {
      const customerId = newId();
      const answer = await api.post('/v1/interactions', interaction(customerId));

      expect(answer.status).toBe(201);
      expect(answer.headers.get('location')).toBe(`/v1/interactions/${answer.body.id}`);
      expect(answer.body).toMatchObject({
        customerId,
        channel: 'phone',
        occurredAt: '2026-11-20T01:15:00.000Z',
        language: 'zh-Hans',
        summary: '客户询问还款日期，已告知下次还款日为12月5日。',
        summaryStatus: 'present',
        outcome: 'informed',
      });
      expect((await api.get(`/v1/interactions/${answer.body.id}`)).body).toEqual(answer.body);
      const { items } = await timeline(customerId);
      expect(items).toEqual([
        expect.objectContaining({
          id: answer.body.id,
          type: 'interaction',
          channel: 'phone',
          title: 'Phone call (inbound): informed',
          interactionId: answer.body.id,
          isSuperseded: false,
          sourceEvent: expect.objectContaining({ type: 'crm.interaction.recorded.v1' }),
        }),
      ]);
    });

    it('publishes crm.interaction.recorded.v1 without the summary text', async () => {
      const customerId = newId();
      const { body } = await api.post(
        '/v1/interactions',
        interaction(customerId, { summary: 'Secret 秘密 note' }),
      );

      const record = await eventually(() => {
        const found = published.find((r) => decodeEvent(r).partitionkey === customerId);
        expect(found).toBeDefined();
        return found;
      });
      if (!record) throw new Error('unreachable');
      const event = decodeEvent(record);
      expect(event.type).toBe('crm.interaction.recorded.v1');
      expect(event.data).toMatchObject({ interactionId: body.id, channel: 'phone', language: 'zh-Hans' });
      expect(JSON.stringify(event)).not.toContain('Secret');
      expect(JSON.stringify(event)).not.toContain('秘密');
    });

    it.each([
      ['an unknown channel', { channel: 'pigeon' }, 400],
      ['an instant without offset', { occurredAt: '2026-11-20T09:15:00' }, 400],
      ['an instant in the future', { occurredAt: '2026-12-24T09:15:00Z' }, 422],
      ['a summary with control characters', { summary: 'a\u0000b' }, 400],
      ['a summary over the limit', { summary: 'あ'.repeat(4001) }, 400],
      ['an invalid language tag', { language: 'not a tag' }, 400],
      ['an unknown outcome', { outcome: 'happy' }, 400],
    ])('refuses %s with a 4xx problem and writes nothing', async (_case, overrides, status) => {
      const customerId = newId();
      const answer = await api.post('/v1/interactions', interaction(customerId, overrides));
      expect(answer.status).toBe(status);
      expect((await timeline(customerId)).items).toEqual([]);
      expect(await log.sql('SELECT 1 FROM interactions WHERE customer_id = $1', [customerId])).toEqual([]);
    });

    it('accepts a summary in any script', async () => {
      const summary = 'Клиент спросил 👋 — العميل سأل عن موعد السداد — 顧客は返済日を尋ねた';
      const answer = await api.post('/v1/interactions', interaction(newId(), { summary }));
      expect(answer.status).toBe(201);
      expect(answer.body.summary).toBe(summary);
    });

    it('answers a retry with the same Idempotency-Key with the first interaction', async () => {
      const customerId = newId();
      const key = { 'idempotency-key': newId() };
      const first = await api.post('/v1/interactions', interaction(customerId), { headers: key });
      const retry = await api.post('/v1/interactions', interaction(customerId), { headers: key });
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(await log.sql('SELECT id FROM interactions WHERE customer_id = $1', [customerId])).toHaveLength(
        1,
      );
    });

    it('offers no way to edit or delete an interaction', async () => {
      const { body } = await api.post('/v1/interactions', interaction(newId()));
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const answer = await api.call(
          method,
          `/v1/interactions/${body.id}`,
          method === 'DELETE' ? undefined : {},
        );
        expect(answer.status).toBe(404);
      }
    });

    it('withholds the summary from a caller without pii:read', async () => {
      const { body } = await api.post('/v1/interactions', interaction(newId()));
      const auditor = client(log, await mintToken({ roles: ['auditor'], subject: 'auditor-1' }));
      const answer = await auditor.get(`/v1/interactions/${body.id}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ summary: null, summaryStatus: 'withheld' });
    });
  });

  describe('corrections', () => {
    it('supersedes the original without deleting it; the timeline shows the corrected view', async () => {
      const customerId = newId();
      const original = (await api.post('/v1/interactions', interaction(customerId))).body;
      const corrected = await api.post(
        `/v1/interactions/${original.id}/corrections`,
        correction({ outcome: 'follow-up-needed', summary: '更正：客户需要回电。' }),
      );

      expect(corrected.status).toBe(201);
      expect(corrected.body).toMatchObject({
        customerId,
        supersedes: original.id,
        outcome: 'follow-up-needed',
      });
      expect((await api.get(`/v1/interactions/${original.id}`)).body).toMatchObject({
        summary: original.summary,
        supersededBy: corrected.body.id,
      });
      const current = await timeline(customerId);
      expect(current.items.map((item) => item.id)).toEqual([corrected.body.id]);
      expect(current.items[0].title).toBe('Phone call (inbound): follow-up-needed (corrected)');
      const all = await timeline(customerId, '?includeSuperseded=true');
      expect(all.items.map((item) => [item.id, item.isSuperseded])).toEqual(
        expect.arrayContaining([
          [original.id, true],
          [corrected.body.id, false],
        ]),
      );
      const history = await api.get(`/v1/interactions/${corrected.body.id}/history`);
      expect(history.body.items.map((item: { id: string }) => item.id)).toEqual([
        original.id,
        corrected.body.id,
      ]);
      expect(await log.sql('SELECT id FROM interactions WHERE customer_id = $1', [customerId])).toHaveLength(
        2,
      );
    });

    it('refuses to correct an interaction that was already corrected, with 409', async () => {
      const customerId = newId();
      const original = (await api.post('/v1/interactions', interaction(customerId))).body;
      await api.post(`/v1/interactions/${original.id}/corrections`, correction());
      const again = await api.post(`/v1/interactions/${original.id}/corrections`, correction());
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INTERACTION_ALREADY_SUPERSEDED');
    });

    it('answers 404 for a correction of an unknown interaction', async () => {
      const answer = await api.post(`/v1/interactions/${newId()}/corrections`, correction());
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('INTERACTION_NOT_FOUND');
    });
  });

  describe('events of other services', () => {
    it('shows them with a title built from their data and a reference to the source event', async () => {
      const customerId = newId();
      const payment = eventRecord(
        LoanPaymentReceivedV1,
        customerId,
        { ...LoanPaymentReceivedV1.example, customerId, amount: '888.49', currency: 'EUR' },
        { topicPrefix: platform.topicPrefix, time: '2026-11-20T10:00:00.000Z' },
      );
      const escalated = eventRecord(
        ComplaintEscalatedV1,
        customerId,
        { ...ComplaintEscalatedV1.example, customerId },
        { topicPrefix: platform.topicPrefix, time: '2026-11-21T10:00:00.000Z' },
      );
      const sent = eventRecord(
        NotificationSentV1,
        customerId,
        { ...NotificationSentV1.example, customerId },
        { topicPrefix: platform.topicPrefix, time: '2026-11-22T10:00:00.000Z' },
      );
      await platform.produce([payment.record, escalated.record, sent.record]);

      const { items } = await eventually(async () => {
        const page = await timeline(customerId);
        expect(page.items).toHaveLength(3);
        return page;
      });
      expect(items).toEqual([
        expect.objectContaining({
          type: 'crm.notification.sent.v1',
          channel: 'sms',
          title: 'Message sent by sms (payment-due-reminder)',
          sourceEvent: { id: sent.event.id, type: 'crm.notification.sent.v1', source: '/crm/notifications' },
        }),
        expect.objectContaining({
          type: 'crm.complaint.escalated.v1',
          channel: 'system',
          title: 'Complaint escalated to ombudsman',
        }),
        expect.objectContaining({
          type: 'crm.loan.payment-received.v1',
          occurredAt: '2026-11-20T10:00:00.000Z',
          title: 'Payment of 888.49 EUR received',
          sourceEvent: {
            id: payment.event.id,
            type: 'crm.loan.payment-received.v1',
            source: '/crm/loan-servicing',
          },
        }),
      ]);
    });

    it('makes no duplicate entry for an event delivered twice', async () => {
      const customerId = newId();
      const { record } = eventRecord(
        LoanPaymentReceivedV1,
        customerId,
        { ...LoanPaymentReceivedV1.example, customerId },
        { topicPrefix: platform.topicPrefix },
      );
      await platform.produce([record, record]);
      const marker = eventRecord(
        LoanPaymentReceivedV1,
        customerId,
        { ...LoanPaymentReceivedV1.example, customerId },
        { topicPrefix: platform.topicPrefix },
      );
      // Same key, same partition: once the marker is applied, both copies before it were handled.
      await platform.produce([marker.record]);
      await eventually(async () =>
        expect(
          (await timeline(customerId)).items.some((item) => item.sourceEvent?.id === marker.event.id),
        ).toBe(true),
      );
      expect((await timeline(customerId)).items).toHaveLength(2);
    });

    it('shows that support arrangements changed, never which ones, and copies no contact data', async () => {
      const customerId = newId();
      await platform.produce([
        eventRecord(
          CustomerVulnerabilityChangedV1,
          customerId,
          {
            customerId,
            adjustments: ['interpreter', 'no-phone-calls'],
            changedAt: '2026-11-20T10:00:00.000Z',
          },
          { topicPrefix: platform.topicPrefix },
        ).record,
        eventRecord(
          CustomerContactPreferencesChangedV1,
          customerId,
          { ...CustomerContactPreferencesChangedV1.example, customerId },
          { topicPrefix: platform.topicPrefix },
        ).record,
      ]);
      const { items } = await eventually(async () => {
        const page = await timeline(customerId);
        expect(page.items).toHaveLength(2);
        return page;
      });
      expect(items.map((item) => item.title).sort()).toEqual([
        'Contact preferences changed',
        'Support arrangements updated',
      ]);
      const stored = JSON.stringify(
        await log.sql('SELECT * FROM timeline_entries WHERE customer_id = $1', [customerId]),
      );
      const copy = JSON.stringify(
        await log.sql('SELECT * FROM customer_copies WHERE customer_id = $1', [customerId]),
      );
      for (const text of [stored, copy]) {
        expect(text).not.toMatch(/interpreter|no-phone-calls|xiaoming|\+886912345678|王小明/);
      }
    });
  });

  describe('filters and paging', () => {
    const customerId = newId();
    const types = ['crm.loan.payment-received.v1', 'crm.notification.sent.v1'];

    beforeAll(async () => {
      const records = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? eventRecord(
              LoanPaymentReceivedV1,
              customerId,
              { ...LoanPaymentReceivedV1.example, customerId, amount: `${i}.00` },
              { topicPrefix: platform.topicPrefix, time: new Date(Date.UTC(2026, 9, 1 + i)).toISOString() },
            ).record
          : eventRecord(
              NotificationSentV1,
              customerId,
              { ...NotificationSentV1.example, customerId, channel: i % 4 === 1 ? 'email' : 'sms' },
              { topicPrefix: platform.topicPrefix, time: new Date(Date.UTC(2026, 9, 1 + i)).toISOString() },
            ).record,
      );
      await platform.produce(records);
      for (const day of [3, 14]) {
        await api.post(
          '/v1/interactions',
          interaction(customerId, {
            channel: 'wechat',
            occurredAt: new Date(Date.UTC(2026, 9, day, 12)).toISOString(),
          }),
        );
      }
      await eventually(async () => expect((await timeline(customerId)).items).toHaveLength(14));
    });

    it('walks the whole timeline newest first with cursors, each entry exactly once', async () => {
      const seen: Record<string, any>[] = [];
      let query = '?limit=4';
      for (;;) {
        const page = await timeline(customerId, query);
        expect(page.items.length).toBeLessThanOrEqual(4);
        seen.push(...page.items);
        if (!page.nextCursor) break;
        query = `?limit=4&cursor=${page.nextCursor}`;
      }
      expect(seen).toHaveLength(14);
      expect(new Set(seen.map((item) => item.id)).size).toBe(14);
      const times = seen.map((item) => Date.parse(item.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('filters by a list of types', async () => {
      const { items } = await timeline(customerId, `?type=${types.join(',')}`);
      expect(items).toHaveLength(12);
      const interactions = await timeline(customerId, '?type=interaction');
      expect(interactions.items.map((item) => item.channel)).toEqual(['wechat', 'wechat']);
    });

    it('filters by channel', async () => {
      const { items } = await timeline(customerId, '?channel=email');
      expect(items.map((item) => item.occurredAt)).toEqual([
        '2026-10-10T00:00:00.000Z',
        '2026-10-06T00:00:00.000Z',
        '2026-10-02T00:00:00.000Z',
      ]);
    });

    it('filters by a time range, from inclusive and to exclusive, and pages within it', async () => {
      const range = '?from=2026-10-04T00:00:00Z&to=2026-10-08T00:00:00%2B00:00&limit=2';
      const first = await timeline(customerId, range);
      const second = await timeline(customerId, `${range}&cursor=${first.nextCursor}`);
      expect([...first.items, ...second.items].map((item) => item.occurredAt)).toEqual([
        '2026-10-07T00:00:00.000Z',
        '2026-10-06T00:00:00.000Z',
        '2026-10-05T00:00:00.000Z',
        '2026-10-04T00:00:00.000Z',
      ]);
      expect(second.nextCursor).toBeNull();
    });

    it('refuses a forged cursor and a page over 100 with 400', async () => {
      const forged = Buffer.from(JSON.stringify({ at: 'yesterday', id: 'x' })).toString('base64url');
      expect((await api.get(`/v1/customers/${customerId}/timeline?cursor=${forged}`)).status).toBe(400);
      expect((await api.get(`/v1/customers/${customerId}/timeline?limit=101`)).status).toBe(400);
    });
  });

  describe('channel profile', () => {
    it('sets observed channels, languages and local hours beside the stated preferences and flags differences', async () => {
      const customerId = newId();
      await platform.produce([
        eventRecord(
          CustomerContactPreferencesChangedV1,
          customerId,
          {
            ...CustomerContactPreferencesChangedV1.example,
            customerId,
            locale: 'zh-Hant-TW',
            timeZone: 'Asia/Taipei',
            preferredChannels: ['line', 'email'],
            contactHours: { start: '09:00', end: '21:00' },
          },
          { topicPrefix: platform.topicPrefix },
        ).record,
      ]);
      await eventually(async () => expect((await timeline(customerId)).items).toHaveLength(1));
      // 01:00Z and 02:30Z are 09:00 and 10:30 in Taipei; 14:30Z is 22:30 there, outside the stated hours.
      for (const [occurredAt, channel, language] of [
        ['2026-11-20T01:00:00Z', 'phone', 'en'],
        ['2026-11-20T02:30:00Z', 'phone', 'en-GB'],
        ['2026-11-20T14:30:00Z', 'email', 'zh-Hant'],
      ]) {
        await api.post('/v1/interactions', interaction(customerId, { occurredAt, channel, language }));
      }
      await api.post('/v1/interactions', interaction(customerId, { outcome: 'no-contact', channel: 'sms' }));

      const answer = await api.get(`/v1/customers/${customerId}/channel-profile`);
      expect(answer.status).toBe(200);
      const hours = Array<number>(24).fill(0);
      hours[9] = 1;
      hours[10] = 1;
      hours[22] = 1;
      expect(answer.body).toEqual({
        customerId,
        timeZone: 'Asia/Taipei',
        stated: {
          locale: 'zh-Hant-TW',
          timeZone: 'Asia/Taipei',
          preferredChannels: ['line', 'email'],
          contactHours: { start: '09:00', end: '21:00' },
        },
        observed: {
          interactions: 3,
          channels: { phone: 2, email: 1 },
          languages: { en: 1, 'en-GB': 1, 'zh-Hant': 1 },
          hours,
        },
        differences: expect.arrayContaining([
          expect.objectContaining({ code: 'CHANNEL_NOT_STATED', detail: expect.stringContaining('phone') }),
          expect.objectContaining({ code: 'STATED_CHANNEL_UNUSED', detail: expect.stringContaining('line') }),
          expect.objectContaining({ code: 'LANGUAGE_DIFFERS' }),
          expect.objectContaining({
            code: 'OUTSIDE_CONTACT_HOURS',
            detail: expect.stringContaining('1 of 3'),
          }),
        ]),
      });
      expect(answer.body.differences).toHaveLength(4);
    });
  });
});
