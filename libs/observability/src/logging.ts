import { isSpanContextValid, trace } from '@opentelemetry/api';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';

/**
 * Paths that never reach a log line. Request bodies are not logged at all; these cover headers and any
 * structured field that may carry personal data or credentials.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.email',
  '*.phone',
  '*.nationalId',
  '*.dateOfBirth',
  '*.address',
  '*.name',
];

/** Structured JSON logs with the trace and span ids of the active span, for one service. */
export function loggerOptions(service: string, level: string): Params {
  return {
    // Probes and scrapes are not requests anyone needs to read about.
    exclude: [
      { method: RequestMethod.ALL, path: 'health/{*path}' },
      { method: RequestMethod.ALL, path: 'metrics' },
    ],
    pinoHttp: {
      level,
      name: service,
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          // The path only: query strings may carry search terms that are personal data.
          url: req.url.split('?')[0],
        }),
      },
    },
  };
}
