import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  bearer,
  createTestDatabase,
  createTestTopics,
  eventually,
  fullAccessToken,
  kafkaBrokers,
  runsEmbedded,
} from '@crm/testing';

interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** A minimal OTLP/HTTP (JSON) receiver: the real protocol peer the services' exporters talk to. */
function startOtlpReceiver(spans: ExportedSpan[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const payload = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<ExportedSpan, 'service'>[] }[];
        }[];
      };
      for (const resourceSpan of payload.resourceSpans) {
        const service =
          resourceSpan.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ??
          'unknown';
        for (const scope of resourceSpan.scopeSpans)
          for (const span of scope.spans) spans.push({ ...span, service });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const main = join(__dirname, '..', '..', 'dist', script);
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  return spawn(process.execPath, [main], {
    env: { ...process.env, NODE_OPTIONS: '', REDIS_URL: '', ...env },
    stdio: 'ignore',
  });
}

async function waitUntilReady(url: string): Promise<void> {
  await eventually(async () => expect((await fetch(`${url}/health/ready`)).status).toBe(200), 60_000, 250);
}

describe('tracing across services', () => {
  const spans: ExportedSpan[] = [];
  const processes: ChildProcess[] = [];
  const drops: (() => Promise<void>)[] = [];
  let receiver: Server;

  afterAll(async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(
      processes.map(
        (child) =>
          new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    );
    receiver?.close();
    await Promise.all(drops.map((drop) => drop()));
  });

  /** Each service in its own process, joined by real Kafka: the production shape. */
  async function startOnKafka(telemetry: Record<string, string>) {
    const prefix = await createTestTopics('tracing');
    const ports = { 'customer-profile': 3101, 'interaction-log': 3102 } as const;
    for (const service of ['customer-profile', 'interaction-log'] as const) {
      const database = await createTestDatabase(`tracing_${service}`);
      drops.push(database.drop);
      processes.push(
        startProcess(`services/${service}/src/main.js`, {
          PORT: String(ports[service]),
          HOST: '127.0.0.1',
          DATABASE_URL: database.url,
          KAFKA_BROKERS: kafkaBrokers(),
          EVENTS_TOPIC_PREFIX: prefix,
          LOG_LEVEL: 'warn',
          ...telemetry,
        }),
      );
    }
    return { profileUrl: 'http://127.0.0.1:3101', logUrl: 'http://127.0.0.1:3102' };
  }

  /** Without Kafka (a machine with only Node.js): all services in the one process of `npm start`. */
  async function startEmbedded(telemetry: Record<string, string>) {
    const directory = mkdtempSync(join(tmpdir(), 'crm-tracing-'));
    drops.push(async () => rmSync(directory, { recursive: true, force: true }));
    processes.push(
      startProcess('scripts/start-embedded.js', {
        CRM_DATA_DIR: directory,
        CRM_PORT_OFFSET: '200',
        LOG_LEVEL: 'warn',
        ...telemetry,
      }),
    );
    return { profileUrl: 'http://127.0.0.1:3201', logUrl: 'http://127.0.0.1:3202' };
  }

  it('follows one registration from the HTTP request through the outbox and the event transport into the interaction log', async () => {
    receiver = await startOtlpReceiver(spans);
    const telemetry = {
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const { profileUrl, logUrl } = runsEmbedded()
      ? await startEmbedded(telemetry)
      : await startOnKafka(telemetry);
    await Promise.all([waitUntilReady(profileUrl), waitUntilReady(logUrl)]);
    const token = await fullAccessToken();
    const response = await fetch(`${profileUrl}/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({
        name: { full: 'Priya Raghunathan' },
        locale: 'ta-IN',
        timeZone: 'Asia/Kolkata',
        countryOfResidence: 'IN',
      }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await eventually(async () => {
      const timeline = (await (
        await fetch(`${logUrl}/v1/customers/${id}/timeline`, { headers: bearer(token) })
      ).json()) as {
        items: unknown[];
      };
      expect(timeline.items).toHaveLength(1);
    });

    // One process per service on Kafka; one process for all of them in the embedded runtime.
    const [producer, consumer] = runsEmbedded()
      ? ['crm-platform', 'crm-platform']
      : ['customer-profile', 'interaction-log'];
    const consumed = await eventually(() => {
      const span = spans.find((s) => s.service === consumer && s.name.startsWith('process '));
      expect(span).toBeDefined();
      return span as ExportedSpan;
    });
    const trace = spans.filter((s) => s.traceId === consumed.traceId);
    const request = trace.find((s) => s.service === producer && s.name.startsWith('POST'));
    const publish = trace.find((s) => s.service === producer && s.name.startsWith('publish '));
    expect(request).toBeDefined();
    expect(publish).toBeDefined();
    expect(consumed.parentSpanId).toBe(publish?.spanId);
    // The interaction log's database write belongs to the same trace.
    expect(trace.some((s) => s.service === consumer && /INSERT|timeline_entries/i.test(s.name))).toBe(true);
  });
});
