import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultPlatform } from './fault-platform';
import { deliveredEverywhere, expectedCustomers, type ExpectedCustomer } from './ledger';
import { isAcknowledged, isFinished, type CustomerWrite } from './traffic';

/**
 * Waits until every one of these writes has been answered and, when acknowledged, has reached every
 * consumer, while traffic goes on. Returns when that was first seen, or undefined when it was not seen
 * before the timeout.
 */
export async function waitUntilDelivered(
  platform: FaultPlatform,
  writes: CustomerWrite[],
  harnessCustomers: ExpectedCustomer[],
  timeoutMs: number,
): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  const delivered = new Set<string>();
  for (;;) {
    try {
      const answered = writes.every(isFinished);
      const waiting = writes.filter(
        (write) => isAcknowledged(write) && !delivered.has(write.customerId ?? ''),
      );
      const candidates = [
        ...(await expectedCustomers(platform, waiting)),
        ...harnessCustomers.filter((customer) => !delivered.has(customer.customerId)),
      ];
      for (const customerId of await deliveredEverywhere(platform, candidates)) delivered.add(customerId);
      const everyoneThere = candidates.every((customer) => delivered.has(customer.customerId));
      if (answered && everyoneThere) return Date.now();
    } catch {
      // A database still away: not delivered yet.
    }
    if (Date.now() > deadline) return undefined;
    await sleep(250);
  }
}
