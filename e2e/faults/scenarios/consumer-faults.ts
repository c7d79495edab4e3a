import { setTimeout as sleep } from 'node:timers/promises';
import { eventsTopic } from '@crm/contracts';
import { committedOffset, groupMembers, uncommittedRecords } from '../harness/consumer-groups';
import type { FaultScenario } from '../harness/fault-case';
import type { FaultPlatform } from '../harness/fault-platform';
import { pollUntil } from '../harness/polling';

/** Enough records behind its committed offset that a kill loses the progress of a batch. */
const MID_BATCH_RECORDS = 3;

async function interactionLogInTransaction(platform: FaultPlatform): Promise<boolean> {
  const [{ open }] = await platform.query<{ open: number }>(
    'interaction-log',
    `SELECT count(*)::int AS open FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'interaction-log' AND xact_start IS NOT NULL`,
  );
  return open > 0;
}

/** interaction-log killed (SIGKILL) while it holds records it has not committed and a transaction is open; restarted. */
export function consumerKilledMidBatch(): FaultScenario {
  return {
    fault: 'interaction-log SIGKILL mid-batch',
    async inject({ platform, note, cleared }) {
      const consumer = platform.primary('interaction-log');
      const topic = eventsTopic('customer-profile', platform.prefix);
      let behind = 0;
      const caught = await pollUntil(
        async () =>
          (behind = await uncommittedRecords(platform, 'interaction-log', topic)) >= MID_BATCH_RECORDS &&
          (await interactionLogInTransaction(platform)),
        30_000,
        20,
      );
      await consumer.signal('SIGKILL');
      note(`interaction-log killed (SIGKILL) with ${behind} records of ${topic} not committed`);
      consumer.start();
      cleared();
      await consumer.waitUntilReady();
      if (!caught)
        throw new Error(
          'interaction-log was never seen mid-batch (records uncommitted, a transaction open) within 30 s',
        );
    },
  };
}

/** interaction-log's group grows to three replicas on one database during traffic, then back to one (SIGTERM). */
export function consumerGroupScaledOut(holdMs: number): FaultScenario {
  let largest = 0;
  return {
    fault: 'interaction-log scaled 1 → 3 → 1',
    async inject({ platform, note }) {
      const extra = await Promise.all([
        platform.startReplica('interaction-log'),
        platform.startReplica('interaction-log'),
      ]);
      await pollUntil(
        async () => (largest = Math.max(largest, await groupMembers(platform, 'interaction-log'))) >= 3,
        30_000,
      );
      note(`interaction-log's group had ${largest} members`);
      await sleep(holdMs);
      await Promise.all(extra.map((replica) => platform.removeReplica(replica, 'SIGTERM')));
      note('the two extra replicas stopped (SIGTERM)');
    },
    async verify() {
      return largest >= 3 ? [] : [`interaction-log's group never had 3 members (at most ${largest})`];
    },
  };
}

/** Sum of a Prometheus counter's samples whose labels include `label`. */
async function counter(url: string, name: string, label: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(label))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

/**
 * interaction-log stopped (SIGTERM), its group's committed offset of one partition of customer-profile's
 * topic set back to 0, and started again: it reads the whole partition a second time and must apply nothing twice.
 */
export function partitionReplayed(partition = 0): FaultScenario {
  let rewoundFrom = '-1';
  return {
    fault: `interaction-log replays partition ${partition} from 0`,
    async inject({ platform, note, cleared }) {
      const consumer = platform.primary('interaction-log');
      const topic = eventsTopic('customer-profile', platform.prefix);
      await consumer.signal('SIGTERM');
      rewoundFrom = await committedOffset(platform, 'interaction-log', topic, partition);
      await platform.withAdmin((admin) =>
        admin.setOffsets({
          groupId: platform.groupId('interaction-log'),
          topic,
          partitions: [{ partition, offset: '0' }],
        }),
      );
      note(`offset of ${topic}[${partition}] for interaction-log set back from ${rewoundFrom} to 0`);
      consumer.start();
      cleared();
      await consumer.waitUntilReady();
    },
    async verify({ platform, note }) {
      const problems: string[] = [];
      const duplicates = await counter(
        platform.primary('interaction-log').url,
        'crm_events_consumed_total',
        'outcome="duplicate"',
      );
      note(`interaction-log skipped ${duplicates} events it had already handled`);
      if (Number(rewoundFrom) > 0 && duplicates === 0)
        problems.push("the replayed partition reached interaction-log's inbox not once");
      // Over the whole run, not only this case: every customer-profile event is on the timeline once.
      const [{ twice }] = await platform.query<{ twice: number }>(
        'interaction-log',
        `SELECT count(*)::int AS twice FROM (
           SELECT customer_id, source_event->>'type' FROM timeline_entries
           WHERE source_event->>'source' = '/crm/customer-profile' GROUP BY 1, 2 HAVING count(*) > 1) doubled`,
      );
      if (twice > 0)
        problems.push(`${twice} customers have an event of customer-profile twice on their timeline`);
      return problems;
    },
  };
}
