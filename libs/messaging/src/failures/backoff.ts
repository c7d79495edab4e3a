import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

/**
 * Capped exponential backoff with "equal jitter": half the step is fixed, half random, so replicas that
 * failed together do not come back together and hammer a dependency that has only just recovered.
 */
export function backoffDelay(attempt: number, { initialMs, maxMs }: BackoffOptions): number {
  const step = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return step / 2 + Math.random() * (step / 2);
}

/** Sleeps for the attempt's backoff; rejects at once with an AbortError when the signal fires. */
export function waitBeforeAttempt(attempt: number, options: BackoffOptions, signal?: AbortSignal) {
  return sleep(backoffDelay(attempt, options), undefined, { signal });
}
