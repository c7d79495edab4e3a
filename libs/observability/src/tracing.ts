import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

let sdk: NodeSDK | undefined;

/**
 * Starts OpenTelemetry. Call it first thing in `main.ts`, before NestJS, pg or http are loaded, so that
 * their instrumentation can patch them. Exporters follow the standard `OTEL_*` variables
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_TRACES_EXPORTER`, `OTEL_SDK_DISABLED`…).
 * Kafka spans are made by the messaging library itself, because only it knows which outbox row —
 * and so which original trace — each message of a batch belongs to.
 */
export function startTracing(serviceName: string, spanProcessors?: SpanProcessor[]): void {
  if (sdk || process.env.OTEL_SDK_DISABLED === 'true') return;
  // Metrics are scraped from /metrics and logs go to stdout: only traces are exported over OTLP,
  // unless the operator asks for more.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? serviceName,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
      }),
      new PgInstrumentation(),
    ],
    ...(spanProcessors ? { spanProcessors } : {}),
  });
  sdk.start();
}

export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}
