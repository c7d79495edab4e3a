import { setTimeout as sleep } from 'node:timers/promises';
import type { CaseRun, FaultScenario } from '../harness/fault-case';
import { ProbeWatch, probeProblems } from '../harness/probe-watch';

const inSeconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * A broker outage must not take replicas out of the Service: liveness and readiness answer 200
 * throughout, since writes still commit to the outbox and reads still answer.
 */
async function duringBrokerOutage(run: CaseRun, outage: () => Promise<void>): Promise<string[]> {
  const watch = ProbeWatch.start(run.platform);
  await outage();
  await watch.stop();
  return [
    ...probeProblems(watch, 'live', { allowed: [200] }),
    ...probeProblems(watch, 'ready', { allowed: [200] }),
  ];
}

/** The broker dies (SIGKILL) and stays away; then it starts again on the same data. */
export function brokerKilled(outageMs: number): FaultScenario {
  let probes: string[] = [];
  return {
    fault: `broker SIGKILL, down ${inSeconds(outageMs)}`,
    async inject(run) {
      await run.platform.broker.kill();
      run.note(`broker killed (SIGKILL) at ${new Date().toISOString()}`);
      probes = await duringBrokerOutage(run, () => sleep(outageMs));
      await run.platform.broker.start();
      run.note(`broker answering again at ${new Date().toISOString()}`);
    },
    verify: async () => probes,
  };
}

/** The broker hangs (SIGSTOP): connections stay open and nothing answers; then it goes on (SIGCONT). */
export function brokerHung(hangMs: number): FaultScenario {
  let probes: string[] = [];
  return {
    fault: `broker SIGSTOP ${inSeconds(hangMs)}`,
    async inject(run) {
      run.platform.broker.pause();
      run.note(`broker stopped (SIGSTOP) at ${new Date().toISOString()}`);
      probes = await duringBrokerOutage(run, () => sleep(hangMs));
      run.platform.broker.resume();
    },
    verify: async () => probes,
  };
}

/**
 * PostgreSQL goes away (`pg_ctl stop -m fast` cuts every session) for all services at once, then comes
 * back. Meanwhile every service stays live and turns unready (Kubernetes stops sending it requests it
 * could only answer 503), and turns ready again by itself once the database is back.
 */
export function databaseStopped(outageMs: number): FaultScenario {
  let probes: string[] = [];
  return {
    fault: `PostgreSQL down ${inSeconds(outageMs)}`,
    async inject({ platform, note }) {
      await platform.postgres.stop();
      note(`PostgreSQL stopped (-m fast) at ${new Date().toISOString()}`);
      const watch = ProbeWatch.start(platform);
      await sleep(outageMs);
      await watch.stop();
      probes = [
        ...probeProblems(watch, 'live', { allowed: [200] }),
        ...probeProblems(watch, 'ready', { allowed: [200, 503], required: 503 }),
      ];
      await platform.postgres.start();
      note(`PostgreSQL accepting connections again at ${new Date().toISOString()}`);
    },
    async verify({ platform }) {
      const unready = [];
      for (const service of platform.allProcesses()) {
        const status = await fetch(`${service.url}/health/ready`).then(
          (response) => response.status,
          () => 0,
        );
        if (status !== 200) unready.push(`${service.label} /health/ready answers ${status} after the outage`);
      }
      return [...probes, ...unready];
    },
  };
}
