/**
 * Counts the requests each attack class tried and how many the platform failed to refuse, and prints
 * one line per class when the suite ends: `[attack] token tampering: 60 requests, 0 failed`.
 */
export class AttackTally {
  private readonly counts = new Map<string, { tried: number; failed: number }>();

  /** Records one attempt; returns whether the platform answered as it must. */
  check(attackClass: string, held: boolean): boolean {
    const count = this.counts.get(attackClass) ?? { tried: 0, failed: 0 };
    count.tried += 1;
    if (!held) count.failed += 1;
    this.counts.set(attackClass, count);
    return held;
  }

  failures(attackClass: string): number {
    return this.counts.get(attackClass)?.failed ?? 0;
  }

  print(): void {
    for (const [attackClass, { tried, failed }] of this.counts) {
      process.stdout.write(`[attack] ${attackClass}: ${tried} requests, ${failed} failed\n`);
    }
  }
}
