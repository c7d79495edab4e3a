import { DomainError } from '@crm/kernel';
import { TestPlatform, bearer, mintToken, type TestService } from '@crm/testing';
import { TemplateRenderer, type RenderRequest } from '../src/application/templates/template-renderer';
import { notificationsService } from '../src/notifications.service';

type Json = Record<string, any>;
const SHIPPED_LOCALES = 12;
const TEMPLATES = 13;

const request = (
  overrides: Partial<RenderRequest> & Pick<RenderRequest, 'templateKey' | 'locale'>,
): RenderRequest => ({
  purpose: 'service',
  recipient: { timeZone: 'UTC' },
  params: {},
  ...overrides,
});

describe('rendering notification templates', () => {
  let platform: TestPlatform;
  let service: TestService;
  let renderer: TemplateRenderer;
  let author: string;
  let checker: string;

  async function post(path: string, token: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${service.url}${path}`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function rejection(promise: Promise<unknown>): Promise<DomainError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('expected the render to be refused');
  }

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'template-rendering');
    service = await platform.start(notificationsService, { env: { SCHEDULER_INTERVAL_MS: '0' } });
    renderer = service.app.get(TemplateRenderer);
    author = await mintToken({ roles: ['compliance-officer'], subject: 'translator-mei' });
    checker = await mintToken({ roles: ['compliance-officer'], subject: 'compliance-omar' });
  });

  afterAll(() => platform.close());

  it('addresses a Japanese customer in keigo with the honorific they chose, family name first', async () => {
    const message = await renderer.render(
      request({
        templateKey: 'payment-due-reminder',
        locale: 'ja-JP',
        communicationStyle: 'formal',
        purpose: 'collections',
        recipient: {
          timeZone: 'Asia/Tokyo',
          addressAs: {
            full: '山田太郎',
            family: '山田',
            given: '太郎',
            order: 'family-first',
            honorific: '様',
          },
        },
        params: { amount: '150000', currency: 'JPY', dueDate: '2026-04-27', daysUntilDue: 1 },
      }),
    );
    expect(message).toMatchObject({ locale: 'ja', fellBack: false, templateVersion: 1 });
    expect(message.subject).toBe('【ご返済日のお知らせ】2026年4月27日は￥150,000のご返済日です');
    expect(message.body.startsWith('山田様\n')).toBe(true);
    expect(message.body).toContain('（明日）');
  });

  it('uses the full name without inventing an honorific, and the informal register when the customer prefers it', async () => {
    const params = { amount: '89.90', currency: 'EUR', dueDate: '2026-04-01', daysPastDue: 3 };
    const formal = await renderer.render(
      request({
        templateKey: 'payment-missed',
        locale: 'es-ES',
        purpose: 'collections',
        recipient: { timeZone: 'Europe/Madrid', addressAs: { full: 'Lucía Fernández Ruiz', given: 'Lucía' } },
        params,
      }),
    );
    expect(formal.body.split('\n')[0]).toBe('Estimado/a Lucía Fernández Ruiz:');
    expect(formal.body).toContain('89,90\u00a0€');
    const informal = await renderer.render(
      request({
        templateKey: 'payment-missed',
        locale: 'es-ES',
        purpose: 'collections',
        communicationStyle: 'informal',
        recipient: { timeZone: 'Europe/Madrid', addressAs: { full: 'Lucía Fernández Ruiz', given: 'Lucía' } },
        params,
      }),
    );
    expect(informal.body.split('\n')[0]).toBe('¡Hola, Lucía!');
    expect(informal.body).toContain('3 días de retraso');
  });

  it('writes Arabic right to left, and shows an instant in the customer’s own time zone', async () => {
    const arabic = await renderer.render(
      request({
        templateKey: 'survey-invitation',
        locale: 'ar-AE',
        recipient: { timeZone: 'Asia/Dubai', addressAs: { full: 'ليلى حداد' } },
        params: { surveyId: 'S-1', expiresAt: '2026-05-01T20:30:00Z' },
      }),
    );
    expect(arabic).toMatchObject({ locale: 'ar', direction: 'rtl' });
    expect(arabic.body.startsWith('\u2068ليلى حداد\u2069،')).toBe(true);
    // Left-to-right values keep their order inside the Arabic text.
    expect(arabic.body).toContain('\u2068S-1\u2069');

    const instant = { surveyId: 'S-2', expiresAt: '2026-05-01T23:30:00Z' };
    const tokyo = await renderer.render(
      request({
        templateKey: 'survey-invitation',
        locale: 'en-US',
        recipient: { timeZone: 'Asia/Tokyo' },
        params: instant,
      }),
    );
    const losAngeles = await renderer.render(
      request({
        templateKey: 'survey-invitation',
        locale: 'en-US',
        recipient: { timeZone: 'America/Los_Angeles' },
        params: instant,
      }),
    );
    expect(tokyo.body).toContain('open until May 2, 2026 at 8:30 AM');
    expect(losAngeles.body).toContain('open until May 1, 2026 at 4:30 PM');
  });

  it('gives a Traditional Chinese reader English, never Simplified Chinese, when zh-Hant has no approved text', async () => {
    await service.sql(`DELETE FROM template_versions WHERE template_key = 'welcome' AND locale = 'zh-Hant'`);
    for (const locale of ['zh-Hant-HK', 'zh-TW', 'zh-Hant']) {
      const message = await renderer.render(request({ templateKey: 'welcome', locale }));
      expect(message).toMatchObject({ locale: 'en', fellBack: true });
    }
    expect(await renderer.render(request({ templateKey: 'welcome', locale: 'zh-CN' }))).toMatchObject({
      locale: 'zh-Hans',
      fellBack: false,
    });
  });

  it('sends only approved versions, whatever the purpose, and refuses when nothing is approved', async () => {
    const draft = await post('/v1/templates/welcome/versions', author, {
      locale: 'en',
      formal: { subject: 'DRAFT welcome', body: '{greeting}\n\nDraft text.' },
    });
    expect(draft.body).toMatchObject({ version: 2, status: 'draft' });
    for (const purpose of ['service', 'marketing', 'collections', 'security'] as const) {
      const message = await renderer.render(request({ templateKey: 'welcome', locale: 'en', purpose }));
      expect(message).toMatchObject({ templateVersion: 1, subject: 'Welcome to the bank' });
    }

    await service.sql(`DELETE FROM template_versions WHERE template_key = 'complaint-escalation-rights'`);
    const legal = await post('/v1/templates/complaint-escalation-rights/versions', author, {
      locale: 'en',
      formal: { subject: 'Your rights ({complaintReference})', body: '{greeting}\n\nDraft legal notice.' },
    });
    expect(legal.status).toBe(201);
    const refused = await rejection(
      renderer.render(
        request({
          templateKey: 'complaint-escalation-rights',
          locale: 'en',
          params: { complaintReference: 'C-1' },
        }),
      ),
    );
    expect(refused.code).toBe('TEMPLATE_NOT_APPROVED');

    await post('/v1/templates/complaint-escalation-rights/versions/1/approval', checker, { locale: 'en' });
    const approved = await renderer.render(
      request({
        templateKey: 'complaint-escalation-rights',
        locale: 'de-DE',
        params: { complaintReference: 'C-1' },
      }),
    );
    expect(approved).toMatchObject({ locale: 'en', templateVersion: 1, subject: 'Your rights (C-1)' });
  });

  it('refuses an unknown template and missing or malformed parameters', async () => {
    expect((await rejection(renderer.render(request({ templateKey: 'nope', locale: 'en' })))).code).toBe(
      'TEMPLATE_NOT_FOUND',
    );
    const missing = await rejection(
      renderer.render(request({ templateKey: 'payment-missed', locale: 'en', params: { amount: '1.00' } })),
    );
    expect(missing.code).toBe('TEMPLATE_PARAMS_INVALID');
    const float = await rejection(
      renderer.render(
        request({
          templateKey: 'payment-missed',
          locale: 'en',
          params: { amount: '1e3', currency: 'USD', dueDate: '2026-01-01', daysPastDue: 1 },
        }),
      ),
    );
    expect(float.code).toBe('TEMPLATE_PARAMS_INVALID');
  });

  it('answers a retried version creation with the first version (Idempotency-Key)', async () => {
    const body = {
      locale: 'de',
      formal: { subject: 'Willkommen', body: '{greeting}\n\nSchön, dass Sie da sind.' },
    };
    const headers = { 'idempotency-key': `template-version-${Date.now()}` };
    const first = await post('/v1/templates/welcome/versions', author, body, headers);
    const retry = await post('/v1/templates/welcome/versions', author, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.version).toBe(first.body.version);
    const [{ count }] = await service.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM template_versions WHERE template_key = 'welcome' AND locale = 'de'`,
    );
    expect(count).toBe(1);
  });

  it('refuses malformed version requests with problem details', async () => {
    const noFormal = await post('/v1/templates/welcome/versions', author, { locale: 'de' });
    expect(noFormal.status).toBe(400);
    const badLocale = await post('/v1/templates/welcome/versions', author, {
      locale: 'not a locale',
      formal: { subject: 'x', body: 'y' },
    });
    expect(badLocale.status).toBe(400);
    const badVersion = await post('/v1/templates/welcome/versions/abc/approval', checker, { locale: 'en' });
    expect(badVersion.status).toBe(400);
    const noSuchVersion = await post('/v1/templates/welcome/versions/99/approval', checker, { locale: 'en' });
    expect(noSuchVersion.status).toBe(404);
  });

  it('keeps seeding and the missing-translation list right across a second replica and a restart', async () => {
    await renderer.render(request({ templateKey: 'welcome', locale: 'nl-BE' }));
    const replica = await platform.start(notificationsService, {
      replicaOf: service,
      env: { SCHEDULER_INTERVAL_MS: '0' },
    });
    const [{ versions1 }] = await replica.sql<{ versions1: number }>(
      `SELECT count(*)::int AS versions1 FROM template_versions WHERE version = 1 AND authored_by = 'shipped-with-service'`,
    );
    // The replica's seeder refilled the zh-Hant welcome deleted above, and left the escalation-rights
    // text a translator wrote for en alone: every other shipped text is there exactly once.
    expect(versions1).toBe(SHIPPED_LOCALES * TEMPLATES - 1);
    const [{ duplicates }] = await replica.sql<{ duplicates: number }>(
      `SELECT count(*)::int AS duplicates FROM (
         SELECT template_key, locale, version FROM template_versions GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);

    await service.close();
    const listed = await fetch(`${replica.url}/v1/templates/missing-translations?limit=100`, {
      headers: bearer(author),
    });
    const items = ((await listed.json()) as Json).items as Json[];
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ templateKey: 'welcome', requestedLocale: 'nl-BE', servedLocale: 'en' }),
        expect.objectContaining({
          templateKey: 'welcome',
          requestedLocale: 'zh-Hant-HK',
          servedLocale: 'en',
        }),
      ]),
    );
    service = replica;
  });
});
