import { AdjustableClock } from '@crm/kernel';
import { TestPlatform, bearer, mintToken, type TestService } from '@crm/testing';
import { TemplateRenderer, type RenderRequest } from '../src/application/templates/template-renderer';
import { notificationsService } from '../src/notifications.service';

type Json = Record<string, any>;

const dueReminder = (locale: string, overrides: Partial<RenderRequest> = {}): RenderRequest => ({
  templateKey: 'payment-due-reminder',
  locale,
  purpose: 'collections',
  communicationStyle: 'formal',
  recipient: { timeZone: 'Europe/Lisbon', addressAs: { full: 'Ana Sousa', given: 'Ana', family: 'Sousa' } },
  params: { amount: '1234.50', currency: 'EUR', dueDate: '2026-03-10', daysUntilDue: 5 },
  ...overrides,
});

describe('notification templates over HTTP', () => {
  let platform: TestPlatform;
  let service: TestService;
  let renderer: TemplateRenderer;
  let author: string;
  let checker: string;
  let reader: string;
  const clock = new AdjustableClock('2026-03-05T09:00:00Z');

  async function call(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...bearer(token),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  }

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'notification-templates');
    service = await platform.start(notificationsService, { clock, env: { SCHEDULER_INTERVAL_MS: '0' } });
    renderer = service.app.get(TemplateRenderer);
    author = await mintToken({ roles: ['compliance-officer'], subject: 'translator-ines' });
    checker = await mintToken({ roles: ['compliance-officer'], subject: 'compliance-rui' });
    reader = await mintToken({ roles: ['auditor'], subject: 'auditor-li' });
  });

  afterAll(() => platform.close());

  it('lists every template with its shipped locales approved as version 1', async () => {
    const page = await call('GET', '/v1/templates?limit=100', author);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(13);
    const reminder = page.body.items.find((t: Json) => t.key === 'payment-due-reminder');
    expect(reminder.params.map((p: Json) => p.name)).toEqual([
      'amount',
      'currency',
      'dueDate',
      'daysUntilDue',
    ]);
    expect(reminder.locales).toEqual(
      expect.arrayContaining([
        { locale: 'en', latestVersion: 1, latestApprovedVersion: 1 },
        { locale: 'zh-Hans', latestVersion: 1, latestApprovedVersion: 1 },
        { locale: 'zh-Hant', latestVersion: 1, latestApprovedVersion: 1 },
        { locale: 'ar', latestVersion: 1, latestApprovedVersion: 1 },
      ]),
    );
  });

  it('documents the template endpoints in the OpenAPI document', async () => {
    const document = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as Json;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/templates',
        '/v1/templates/missing-translations',
        '/v1/templates/{key}',
        '/v1/templates/{key}/versions',
        '/v1/templates/{key}/versions/{version}/approval',
      ]),
    );
    expect(document.components.schemas.CreateTemplateVersionRequest.required).toEqual(['locale', 'formal']);
  });

  it('pages the template list with a cursor', async () => {
    const first = await call('GET', '/v1/templates?limit=5', author);
    const second = await call('GET', `/v1/templates?limit=100&cursor=${first.body.nextCursor}`, author);
    expect(first.body.items).toHaveLength(5);
    expect(second.body.items).toHaveLength(8);
    expect(second.body.nextCursor).toBeUndefined();
    expect(new Set([...first.body.items, ...second.body.items].map((t: Json) => t.key)).size).toBe(13);
  });

  it('refuses a well-formed cursor of the template lists whose position was tampered with: a 400 problem, never a 500', async () => {
    const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const [list, forged] of [
      ['/v1/templates', forge({ after: 'payment-due-reminder\u0000' })],
      ['/v1/templates', forge({ after: 'no-such-template' })],
      ['/v1/templates/missing-translations', forge({ templateKey: 'welcome\u0000', requestedLocale: 'xx' })],
      ['/v1/templates/missing-translations', forge({ templateKey: 'welcome', requestedLocale: ['en'] })],
    ]) {
      const answer = await call('GET', `${list}?limit=5&cursor=${forged}`, author);
      expect({ list, forged, status: answer.status }).toEqual({ list, forged, status: 400 });
      expect(answer.body.errors.map((e: Json) => e.pointer)).toEqual(['/cursor']);
    }
  });

  it('refuses template endpoints without templates:write', async () => {
    expect((await call('GET', '/v1/templates', reader)).status).toBe(403);
    expect((await call('GET', '/v1/templates/missing-translations', reader)).status).toBe(403);
  });

  it('renders a shipped text in the customer’s language, money and dates in their locale', async () => {
    const message = await renderer.render(
      dueReminder('zh-Hant-TW', { recipient: { timeZone: 'Asia/Taipei' } }),
    );
    expect(message).toMatchObject({
      locale: 'zh-Hant',
      templateVersion: 1,
      fellBack: false,
      direction: 'ltr',
    });
    expect(message.subject).toBe('繳款提醒：€1,234.50將於2026年3月10日到期');
    expect(message.body).toContain('親愛的客戶您好：');
  });

  it('never sends a draft: a new version is used only after a second person approves it', async () => {
    const draft = await call('POST', '/v1/templates/payment-due-reminder/versions', author, {
      locale: 'pt-PT',
      formal: {
        subject: 'Lembrete: a prestação de {amount} vence a {dueDate}',
        body: '{greeting}\n\nA prestação do seu crédito, no valor de {amount}, vence a {dueDate} ({daysUntilDue, plural, =0 {hoje} =1 {amanhã} other {daqui a # dias}}).',
      },
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      locale: 'pt-PT',
      version: 1,
      status: 'draft',
      authoredBy: 'translator-ines',
    });

    const beforeApproval = await renderer.render(dueReminder('pt-PT'));
    expect(beforeApproval.locale).not.toBe('pt-PT');

    const selfApproval = await call(
      'POST',
      '/v1/templates/payment-due-reminder/versions/1/approval',
      author,
      {
        locale: 'pt-PT',
      },
    );
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.code).toBe('TEMPLATE_APPROVER_IS_AUTHOR');
    expect((await renderer.render(dueReminder('pt-PT'))).locale).not.toBe('pt-PT');

    const approval = await call('POST', '/v1/templates/payment-due-reminder/versions/1/approval', checker, {
      locale: 'pt-PT',
    });
    expect(approval.status).toBe(200);
    expect(approval.body).toMatchObject({ status: 'approved', approvedBy: 'compliance-rui' });

    const after = await renderer.render(dueReminder('pt-PT'));
    expect(after).toMatchObject({ locale: 'pt-PT', templateVersion: 1, fellBack: false });
    expect(after.subject).toBe('Lembrete: a prestação de 1234,50\u00a0€ vence a 10 de março de 2026');

    const template = await call('GET', '/v1/templates/payment-due-reminder', author);
    expect(template.status).toBe(200);
    expect(template.body.isLegalNotice).toBe(false);
    expect(template.body.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          locale: 'en',
          version: 1,
          status: 'approved',
          authoredBy: 'shipped-with-service',
        }),
        expect.objectContaining({
          locale: 'pt-PT',
          version: 1,
          status: 'approved',
          authoredBy: 'translator-ines',
          approvedBy: 'compliance-rui',
        }),
      ]),
    );
    expect((await call('GET', '/v1/templates/no-such-template', author)).status).toBe(404);

    const again = await call('POST', '/v1/templates/payment-due-reminder/versions/1/approval', checker, {
      locale: 'pt-PT',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a text that is not ICU MessageFormat or uses a parameter the template does not provide', async () => {
    const broken = await call('POST', '/v1/templates/payment-missed/versions', author, {
      locale: 'fr',
      formal: { subject: 'Paiement {amount', body: '{greeting} {iban}' },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('TEMPLATE_TEXT_INVALID');
    expect(broken.body.detail).toContain('/formal/subject');
    expect(broken.body.detail).toContain('{iban}');
    const unknown = await call('POST', '/v1/templates/no-such-template/versions', author, {
      locale: 'fr',
      formal: { subject: 'x', body: 'y' },
    });
    expect(unknown.status).toBe(404);
  });

  it('lists a render in an unsupported locale as a missing translation, counted in the metrics', async () => {
    const message = await renderer.render(
      dueReminder('sw-KE', { recipient: { timeZone: 'Africa/Nairobi' } }),
    );
    expect(message).toMatchObject({ locale: 'en', fellBack: true });
    await renderer.render(dueReminder('sw-KE', { recipient: { timeZone: 'Africa/Nairobi' } }));

    const missing = await call('GET', '/v1/templates/missing-translations', author);
    expect(missing.status).toBe(200);
    expect(missing.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          templateKey: 'payment-due-reminder',
          requestedLocale: 'sw-KE',
          servedLocale: 'en',
        }),
      ]),
    );
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(
      /notification_template_missing_translations_total\{template="payment-due-reminder",locale="sw-KE"[^}]*\} 2/,
    );
  });
});
