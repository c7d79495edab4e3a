import { setTimeout as sleep } from 'node:timers/promises';
import { AssignerProtocol, type Admin } from 'kafkajs';
import { SERVICES, type ServiceName } from '@crm/contracts';
import type { FaultPlatform } from './fault-platform';

export interface Quiescence {
  settled: boolean;
  waitedMs: number;
  /** What was still moving at the last read that found something moving. */
  backlog: string[];
}

interface BacklogReading {
  backlog: string[];
  /** Every count and offset read: two equal readings in a row mean nothing moved in between. */
  fingerprint: string;
}

/** The topics each service's group subscribes to, as its members told the coordinator; kept for when a group has none. */
const subscriptions = new WeakMap<FaultPlatform, Map<ServiceName, string[]>>();

async function subscribedTopics(platform: FaultPlatform, admin: Admin): Promise<Map<ServiceName, string[]>> {
  const known = subscriptions.get(platform) ?? new Map<ServiceName, string[]>();
  subscriptions.set(platform, known);
  const { groups } = await admin.describeGroups(SERVICES.map((service) => platform.groupId(service)));
  for (const service of SERVICES) {
    const group = groups.find((candidate) => candidate.groupId === platform.groupId(service));
    const topics = new Set(
      (group?.members ?? []).flatMap(
        (member) => AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? [],
      ),
    );
    if (topics.size > 0) known.set(service, [...topics].sort());
  }
  return known;
}

async function readBacklog(platform: FaultPlatform): Promise<BacklogReading> {
  const backlog: string[] = [];
  const readings: unknown[] = [];
  for (const service of SERVICES) {
    const [{ unsent }] = await platform.query<{ unsent: number }>(
      service,
      'SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL',
    );
    readings.push(unsent);
    if (unsent > 0) backlog.push(`${service}: ${unsent} outbox rows not sent`);
  }
  await platform.withAdmin(async (admin) => {
    const topicsOf = await subscribedTopics(platform, admin);
    const ends = new Map<string, { partition: number; high: string; low: string }[]>();
    for (const service of SERVICES) {
      const groupId = platform.groupId(service);
      const topics = topicsOf.get(service);
      if (!topics) {
        backlog.push(`${groupId}: no member has ever said what it subscribes to`);
        continue;
      }
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
        if (!ends.has(topic)) ends.set(topic, await admin.fetchTopicOffsets(topic));
        for (const end of ends.get(topic) ?? []) {
          const committed =
            partitions.find((candidate) => candidate.partition === end.partition)?.offset ?? '-1';
          // Nothing committed yet is settled only if nothing was ever there to read.
          const done = Number(committed) < 0 ? end.low : committed;
          readings.push([groupId, topic, end.partition, done, end.high]);
          if (BigInt(done) < BigInt(end.high))
            backlog.push(`${groupId} on ${topic}[${end.partition}]: committed ${done} of ${end.high}`);
        }
      }
    }
  });
  return { backlog, fingerprint: JSON.stringify(readings) };
}

/**
 * Waits, honestly rather than for a fixed time, until nothing is in flight anywhere: no service has an
 * unsent outbox row and every group has committed its topics' high watermarks — twice in a row, with
 * nothing changed in between.
 */
export async function waitForQuiescence(platform: FaultPlatform, timeoutMs: number): Promise<Quiescence> {
  const startedAt = Date.now();
  let previous: string | undefined;
  let backlog: string[] = ['not read yet'];
  while (Date.now() - startedAt < timeoutMs) {
    try {
      const reading = await readBacklog(platform);
      if (reading.backlog.length > 0) backlog = reading.backlog;
      else if (reading.fingerprint === previous)
        return { settled: true, waitedMs: Date.now() - startedAt, backlog };
      previous = reading.backlog.length === 0 ? reading.fingerprint : undefined;
    } catch (error) {
      backlog = [`could not read the backlog: ${(error as Error).message}`];
      previous = undefined;
    }
    await sleep(500);
  }
  return { settled: false, waitedMs: Date.now() - startedAt, backlog };
}
