import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RejectedWrite, type ChannelApp } from './channel-app';

export const REGISTERED_TIME_ZONE = 'Asia/Kolkata';
/** The follow-up change of every customer: the value every consumer's copy must end with. */
export const FOLLOW_UP_TIME_ZONE = 'Europe/London';

/** One customer of the traffic: its registration, then one change of its profile. */
export interface CustomerWrite {
  key: string;
  /** Unique in the run, so that a registration stored twice shows as two customers of one name. */
  name: string;
  customerId?: string;
  registeredAt?: number;
  followedUpAt?: number;
  /** Why the channel app gave up on it, when it did. */
  failure?: string;
}

export const isAcknowledged = (write: CustomerWrite) => write.followedUpAt !== undefined;
export const isFinished = (write: CustomerWrite) => isAcknowledged(write) || write.failure !== undefined;

interface CustomerAnswer {
  id: string;
  version: number;
  timeZone: string;
}

function customerAnswer(body: unknown): CustomerAnswer {
  const { id, version, timeZone } = (body ?? {}) as Partial<CustomerAnswer>;
  if (typeof id !== 'string' || typeof version !== 'number' || typeof timeZone !== 'string')
    throw new RejectedWrite(`not a customer record: ${JSON.stringify(body).slice(0, 200)}`);
  return { id, version, timeZone };
}

/**
 * Steady registrations at a fixed rate, each followed by one PATCH of the same customer (so that the
 * order of a customer's events can be checked where they are consumed). Arrivals do not wait for
 * earlier customers: during an outage they pile up and retry, as the users of many channel apps would.
 */
export class TrafficDriver {
  readonly writes: CustomerWrite[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly app: ChannelApp,
    /** Names this traffic's customers apart from other cases'. */
    private readonly tag: string,
    private readonly rate: number,
    /** Ends the traffic at once, e.g. when the platform is removed under a case that timed out. */
    abandon: AbortSignal,
  ) {
    abandon.addEventListener(
      'abort',
      () => {
        clearInterval(this.timer);
        this.stopping.abort();
      },
      { signal: this.stopping.signal },
    );
  }

  start(): void {
    const startedAt = Date.now();
    this.timer = setInterval(() => {
      const due = Math.floor(((Date.now() - startedAt) / 1000) * this.rate);
      // A stalled event loop catches up over several ticks, not in one burst.
      for (let missing = Math.min(due - this.writes.length, this.rate); missing > 0; missing -= 1)
        this.launch();
    }, 20);
  }

  /** Stops new arrivals and waits for the customers under way; those still unanswered after the timeout are given up. */
  async stop(drainTimeoutMs: number): Promise<void> {
    clearInterval(this.timer);
    const drained = Promise.all([...this.inFlight]).then(() => true);
    if (!(await Promise.race([drained, sleep(drainTimeoutMs, false, { ref: false })]))) this.stopping.abort();
    await Promise.all([...this.inFlight]);
    this.stopping.abort(); // nothing is left to stop; this also lets go of the platform's signal
  }

  /** The customers that had started by now: the set a recovery is measured on. */
  startedSoFar(): CustomerWrite[] {
    return [...this.writes];
  }

  private launch(): void {
    const write: CustomerWrite = {
      key: randomUUID(),
      name: `Priya Raghunathan ${this.tag}-${this.writes.length + 1}`,
    };
    this.writes.push(write);
    const flow = this.registerAndFollowUp(write).catch((error: Error) => {
      write.failure = this.stopping.signal.aborted ? 'still unanswered when traffic stopped' : error.message;
    });
    this.inFlight.add(flow);
    void flow.finally(() => this.inFlight.delete(flow));
  }

  private async registerAndFollowUp(write: CustomerWrite): Promise<void> {
    const stop = this.stopping.signal;
    const registered = customerAnswer(
      (
        await this.app.send(
          {
            method: 'POST',
            path: '/v1/customers',
            route: '/v1/customers',
            headers: { 'idempotency-key': write.key },
            body: {
              name: { full: write.name },
              locale: 'ta-IN',
              timeZone: REGISTERED_TIME_ZONE,
              countryOfResidence: 'IN',
            },
          },
          [201],
          stop,
        )
      ).body,
    );
    write.customerId = registered.id;
    write.registeredAt = Date.now();

    // If-Match makes the retry of a PATCH that did commit a 412, never a second change.
    const path = `/v1/customers/${registered.id}`;
    const patched = await this.app.send(
      {
        method: 'PATCH',
        path,
        route: '/v1/customers/{id}',
        headers: { 'if-match': `"${registered.version}"` },
        body: { timeZone: FOLLOW_UP_TIME_ZONE },
      },
      [200, 412],
      stop,
    );
    if (patched.status === 412) {
      const current = customerAnswer(
        (await this.app.send({ method: 'GET', path, route: '/v1/customers/{id}' }, [200], stop)).body,
      );
      if (current.timeZone !== FOLLOW_UP_TIME_ZONE || current.version !== registered.version + 1)
        throw new RejectedWrite(
          `PATCH ${path} was refused as stale, yet the record is ${JSON.stringify(current)}`,
        );
    }
    write.followedUpAt = Date.now();
  }
}
