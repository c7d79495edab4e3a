import { setTimeout as sleep } from 'node:timers/promises';

/** Asks until the answer is yes or the time is up; says which. Errors count as no (e.g. during an outage). */
export async function pollUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}
