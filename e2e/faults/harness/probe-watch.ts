import type { FaultPlatform } from './fault-platform';

type Probe = 'live' | 'ready';

/**
 * Polls `/health/live` and `/health/ready` of every running service while a fault lasts, so that a case
 * can say what Kubernetes would have seen: which probes failed, and whether they failed at all.
 */
export class ProbeWatch {
  private readonly seen = new Map<string, Map<Probe, Set<number>>>();
  private readonly stopped = new AbortController();
  private readonly polling: Promise<void>;

  private constructor(private readonly platform: FaultPlatform) {
    this.polling = this.poll();
  }

  static start(platform: FaultPlatform): ProbeWatch {
    return new ProbeWatch(platform);
  }

  async stop(): Promise<void> {
    this.stopped.abort();
    await this.polling;
  }

  /** The statuses a probe answered, per service (`0`: no answer at all). */
  statuses(probe: Probe): Map<string, Set<number>> {
    return new Map([...this.seen].map(([label, probes]) => [label, probes.get(probe) ?? new Set()]));
  }

  private async poll(): Promise<void> {
    while (!this.stopped.signal.aborted) {
      await Promise.all(
        this.platform
          .allProcesses()
          .filter((service) => service.isRunning)
          .flatMap((service) =>
            (['live', 'ready'] as const).map(async (probe) => {
              const status = await fetch(`${service.url}/health/${probe}`, {
                signal: AbortSignal.timeout(4000),
              }).then(
                (response) => response.status,
                () => 0,
              );
              const probes = this.seen.get(service.label) ?? new Map<Probe, Set<number>>();
              this.seen.set(service.label, probes);
              probes.set(probe, (probes.get(probe) ?? new Set()).add(status));
            }),
          ),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Problems with what the probes answered: each service must have answered, and only as allowed. */
export function probeProblems(
  watch: ProbeWatch,
  probe: Probe,
  expected: { allowed: number[]; required?: number },
) {
  const problems: string[] = [];
  const statuses = watch.statuses(probe);
  if (statuses.size === 0) problems.push(`no /health/${probe} answer was seen at all`);
  for (const [service, seen] of statuses) {
    const unexpected = [...seen].filter((status) => !expected.allowed.includes(status));
    if (unexpected.length > 0)
      problems.push(`${service} /health/${probe} answered ${unexpected.join(', ')} during the fault`);
    if (expected.required !== undefined && !seen.has(expected.required))
      problems.push(`${service} /health/${probe} never answered ${expected.required} during the fault`);
  }
  return problems;
}
