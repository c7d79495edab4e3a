import { setTimeout as sleep } from 'node:timers/promises';
import { bearer } from '@crm/testing';
import type { FaultSettings } from './settings';

/** Answers a channel app tries again, with the same request (and so the same Idempotency-Key). */
const RETRIED_STATUSES = new Set([429, 503]);

export interface Answer {
  status: number;
  body: unknown;
}

export interface Request {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  /** The path as the report names it, without ids. */
  route: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The channel app gave up on a write: an answer that no retry can change. */
export class RejectedWrite extends Error {}

function jsonOf(request: Request, text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new RejectedWrite(
      `${request.method} ${request.route} answered what is not JSON: ${text.slice(0, 200)}`,
    );
  }
}

/**
 * A channel app calling customer-profile the way a careful one does: it retries the same request on
 * 503, 429, connection errors and timeouts, with growing, jittered waits that honour Retry-After, until
 * it gets an answer it wants. Every HTTP 500 it sees is counted (the platform must never answer one) and
 * retried like the others, so that a 500 costs the ledger nothing but the count.
 */
export class ChannelApp {
  /** Every HTTP 500 seen: the request and the start of the answer, for the report. */
  readonly http500s: string[] = [];
  /** 503 answers seen: while a dependency is away the service must say so, with a Retry-After. */
  readonly unavailable: string[] = [];
  /** 503 answers that were not problem details with a Retry-After header. */
  readonly malformedUnavailable: string[] = [];
  /** 503 answers of a replica shutting down (Fastify's own, with `Connection: close`). */
  closingReplicaAnswers = 0;
  /** Answers it neither wanted nor retries, e.g. `PATCH /v1/customers/{id} 409`. */
  readonly unexpected = new Map<string, number>();
  private turn = 0;

  constructor(
    /** The base URLs of the customer-profile replicas running now; requests go round them. */
    private readonly endpoints: () => string[],
    private readonly token: string,
    private readonly settings: Pick<FaultSettings, 'requestTimeoutMs' | 'maxBackoffMs'>,
  ) {}

  async send(request: Request, wanted: readonly number[], stop: AbortSignal): Promise<Answer> {
    for (let attempt = 0; ; attempt += 1) {
      stop.throwIfAborted();
      let retryAfterMs = 0;
      try {
        const response = await fetch(`${this.endpoint()}${request.path}`, {
          method: request.method,
          headers: {
            ...bearer(this.token),
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...request.headers,
          },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          signal: AbortSignal.any([stop, AbortSignal.timeout(this.settings.requestTimeoutMs)]),
        });
        const text = await response.text();
        if (wanted.includes(response.status)) return { status: response.status, body: jsonOf(request, text) };
        if (response.status === 500)
          this.http500s.push(`${request.method} ${request.route}: ${text.slice(0, 200)}`);
        if (response.status === 503) {
          this.unavailable.push(`${request.method} ${request.route}`);
          const isProblem = response.headers.get('content-type')?.startsWith('application/problem+json');
          // A replica that is shutting down answers Fastify's own 503 and closes the connection; the
          // platform's answer to an outage must be problem details with a Retry-After.
          const isClosingReplica = response.headers.get('connection') === 'close' && !isProblem;
          if (isClosingReplica) this.closingReplicaAnswers += 1;
          else if (!response.headers.get('retry-after') || !isProblem)
            this.malformedUnavailable.push(`${request.method} ${request.route}: ${text.slice(0, 200)}`);
        } else if (!RETRIED_STATUSES.has(response.status)) {
          const label = `${request.method} ${request.route} ${response.status}`;
          this.unexpected.set(label, (this.unexpected.get(label) ?? 0) + 1);
          throw new RejectedWrite(`${label}: ${text.slice(0, 300)}`);
        }
        retryAfterMs = Number(response.headers.get('retry-after') ?? 0) * 1000 || 0;
      } catch (error) {
        if (error instanceof RejectedWrite || stop.aborted) throw error;
        // Refused, reset or timed out: whether the server acted is unknown, so the same request goes again.
      }
      await sleep(Math.max(retryAfterMs, this.backoff(attempt)), undefined, { signal: stop });
    }
  }

  private endpoint(): string {
    const endpoints = this.endpoints();
    if (endpoints.length === 0) throw new Error('no customer-profile replica is running');
    this.turn = (this.turn + 1) % endpoints.length;
    return endpoints[this.turn];
  }

  /** 100 ms doubling to the cap, each wait somewhere in its upper half so that retries spread out. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.settings.maxBackoffMs, 100 * 2 ** attempt);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }
}
