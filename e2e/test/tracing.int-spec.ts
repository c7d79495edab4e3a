import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
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

function startServiceProcess(service: string, env: Record<string, string>): ChildProcess {
  const main = join(__dirname, '..', '..', 'dist', 'services', service, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  return spawn(process.execPath, [main], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
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

  it('follows one registration from the HTTP request through the outbox and Kafka into the interaction log', async () => {
    receiver = await startOtlpReceiver(spans);
    const prefix = await createTestTopics('tracing');
    const ports = { 'customer-profile': 3101, 'interaction-log': 3102 } as const;
    for (const service of ['customer-profile', 'interaction-log'] as const) {
      const database = await createTestDatabase(`tracing_${service}`);
      drops.push(database.drop);
      processes.push(
        startServiceProcess(service, {
          PORT: String(ports[service]),
          HOST: '127.0.0.1',
          DATABASE_URL: database.url,
          KAFKA_BROKERS: kafkaBrokers(),
          EVENTS_TOPIC_PREFIX: prefix,
          LOG_LEVEL: 'warn',
          OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
          OTEL_BSP_SCHEDULE_DELAY: '100',
          OTEL_METRICS_EXPORTER: 'none',
          OTEL_LOGS_EXPORTER: 'none',
        }),
      );
    }
    const profileUrl = `http://127.0.0.1:${ports['customer-profile']}`;
    const logUrl = `http://127.0.0.1:${ports['interaction-log']}`;
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

    const consumed = await eventually(() => {
      const span = spans.find((s) => s.service === 'interaction-log' && s.name.startsWith('process '));
      expect(span).toBeDefined();
      return span as ExportedSpan;
    });
    const trace = spans.filter((s) => s.traceId === consumed.traceId);
    const request = trace.find((s) => s.service === 'customer-profile' && s.name.startsWith('POST'));
    const publish = trace.find((s) => s.service === 'customer-profile' && s.name.startsWith('publish '));
    expect(request).toBeDefined();
    expect(publish).toBeDefined();
    expect(consumed.parentSpanId).toBe(publish?.spanId);
    // The interaction log's database write belongs to the same trace.
    expect(
      trace.some((s) => s.service === 'interaction-log' && /INSERT|timeline_entries/i.test(s.name)),
    ).toBe(true);
  });
});
