import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  CustomerContactPreferencesChangedV1,
  CustomerRegisteredV1,
  type CustomerContactPreferencesChangedV1Data,
} from '@crm/contracts';
import { newId, type AdjustableClock } from '@crm/kernel';
import { bearer, eventRecord, eventually, type TestPlatform, type TestService } from '@crm/testing';
import { DispatchNotificationsJob } from '../src/api/jobs/dispatch-notifications.job';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, any>;
}

/** A local SMS / WhatsApp / push provider: records every request, answers 503 while told to fail. */
export class FakeProvider {
  readonly requests: RecordedRequest[] = [];
  failing = false;
  private readonly ids = new Map<string, string>();

  private constructor(
    readonly name: string,
    private readonly server: Server,
  ) {}

  static async start(name: string): Promise<FakeProvider> {
    const server = createServer();
    const provider = new FakeProvider(name, server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        provider.requests.push({ path: request.url ?? '', headers: request.headers, body });
        if (provider.failing) {
          response.writeHead(503).end();
          return;
        }
        // Like real providers: the same idempotency key gets the same message back, sent once.
        const key = String(request.headers['idempotency-key']);
        const id = provider.ids.get(key) ?? `${name}-${provider.ids.size + 1}`;
        provider.ids.set(key, id);
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Distinct messages accepted (by idempotency key). */
  get distinctMessages(): number {
    return this.ids.size;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
  messageId: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/gi, '%25');
  return decodeURIComponent(bytes);
}

/** Reads what the e-mail says, as a mail client would: headers unfolded, body decoded. */
export function readMail(raw: string, to: string[]): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { to, raw, subject: decodeWords(header('Subject')), text, messageId: header('Message-ID') };
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps every message it receives. */
export async function startSmtpServer(): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push(
          readMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const WEBHOOK_SECRET = 'whsec-test-only';

export function providersSetting(...providers: { name: string; url: string; channels: string[] }[]): string {
  return JSON.stringify(
    providers.map((p) => ({
      name: p.name,
      channels: p.channels,
      baseUrl: p.url,
      apiKey: `key-${p.name}`,
      webhookSecret: WEBHOOK_SECRET,
    })),
  );
}

export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A small HTTP client for one service and token. */
export function client(service: TestService, token: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...bearer(token),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as any,
      headers: response.headers,
    };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('POST', path, body, headers),
  };
}

export type ContactPreferences = Partial<CustomerContactPreferencesChangedV1Data>;

/**
 * A customer as customer-profile announces one: registered, then their contact preferences. Waits until
 * the notification service holds its copy.
 */
export async function customerKnownToNotifications(
  platform: TestPlatform,
  service: TestService,
  clock: AdjustableClock,
  preferences: ContactPreferences = {},
): Promise<string> {
  const customerId = preferences.customerId ?? newId();
  const data: CustomerContactPreferencesChangedV1Data = {
    customerId,
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    countryOfResidence: 'ES',
    communicationStyle: 'formal',
    addressAs: { full: 'Lucía García Pérez', given: 'Lucía', family: 'García Pérez', honorific: 'Sra.' },
    preferredChannels: ['in-app', 'email'],
    contactHours: { start: '00:00', end: '00:00' },
    contactPoints: { email: `lucia.${customerId.slice(0, 8)}@example.es`, phone: '+34612345678' },
    changedAt: clock.now().toISOString(),
    ...preferences,
  };
  const registered = eventRecord(
    CustomerRegisteredV1,
    customerId,
    {
      customerId,
      locale: data.locale,
      timeZone: data.timeZone,
      countryOfResidence: data.countryOfResidence,
      registeredAt: clock.now().toISOString(),
    },
    { topicPrefix: platform.topicPrefix },
  );
  const contact = eventRecord(CustomerContactPreferencesChangedV1, customerId, data, {
    topicPrefix: platform.topicPrefix,
  });
  await platform.produce([registered.record, contact.record]);
  await eventually(async () => {
    const rows = await service.sql(
      `SELECT 1 FROM recipients WHERE customer_id = $1 AND has_contact_preferences`,
      [customerId],
    );
    expect(rows).toHaveLength(1);
  });
  return customerId;
}

/** Waits until an event's notification rows exist, then runs the dispatcher as the scheduler would. */
export async function dispatchWhenTriggered(
  service: TestService,
  sourceEventId: string,
  count = 1,
): Promise<void> {
  await eventually(async () => {
    const rows = await service.sql(`SELECT 1 FROM notifications WHERE source_event_id = $1`, [sourceEventId]);
    expect(rows).toHaveLength(count);
  });
  await service.app.get(DispatchNotificationsJob).run();
}

export async function notificationsOf(service: TestService, sourceEventId: string) {
  return service.sql<{
    id: string;
    workflow: string;
    status: string;
    reason: string | null;
    channel: string | null;
    scheduled_for: Date;
  }>(
    `SELECT id, workflow, status, reason, channel, scheduled_for FROM notifications WHERE source_event_id = $1 ORDER BY workflow`,
    [sourceEventId],
  );
}
