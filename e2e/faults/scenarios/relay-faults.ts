import { setTimeout as sleep } from 'node:timers/promises';
import type { PoolClient } from 'pg';
import { eventsTopic } from '@crm/contracts';
import type { FaultScenario } from '../harness/fault-case';
import type { FaultPlatform } from '../harness/fault-platform';
import { pollUntil } from '../harness/polling';
import { waitUntilDelivered } from '../harness/recovery';
import { eventIdOf, recordsSince, TopicTap } from '../harness/topic-tap';

/** The relay's backend waits for the table lock on the statement that marks its batch sent. */
async function relayWaitsToMark(platform: FaultPlatform): Promise<boolean> {
  const [{ waiting }] = await platform.query<{ waiting: number }>(
    'customer-profile',
    `SELECT count(*)::int AS waiting FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'customer-profile'
       AND wait_event_type = 'Lock' AND query LIKE 'UPDATE outbox SET sent_at%'`,
  );
  return waiting > 0;
}

/**
 * Run inside the lock's transaction: waits until the relay has claimed a batch and is sending it (its
 * transaction idle after the claim's SELECT … FOR UPDATE SKIP LOCKED), then takes
 * `LOCK TABLE outbox IN SHARE MODE` in the same instant. SHARE lets that SELECT be and stops the UPDATE
 * that would mark the batch sent — and every new insert, so the unsent rows then are the batch's.
 * Waiting on the server matters: HTTP requests stuck behind the lock soon hold every connection of the
 * service's pool, and a relay that has not claimed its batch by then gets none to claim it with.
 */
const LOCK_WHILE_RELAY_SENDS = `
DO $$
DECLARE
  deadline timestamptz := clock_timestamp() + interval '10 seconds';
BEGIN
  LOOP
    PERFORM pg_stat_clear_snapshot();
    EXIT WHEN EXISTS (
      SELECT 1 FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'customer-profile'
        AND state = 'idle in transaction' AND query LIKE '%FROM outbox%FOR UPDATE SKIP LOCKED%');
    IF clock_timestamp() > deadline THEN
      RAISE EXCEPTION 'the relay claimed no batch within 10 s';
    END IF;
    PERFORM pg_sleep(0.001);
  END LOOP;
  LOCK TABLE outbox IN SHARE MODE;
END $$`;

const DEADLOCK_DETECTED = '40P01';

/** Holds the relay between publishing a batch and marking it: it waits on the lock, the harness's consumer has seen the batch. */
async function catchRelayBetweenPublishAndMark(
  platform: FaultPlatform,
  lock: PoolClient,
  tap: TopicTap,
): Promise<{ unsent: number; published: number }> {
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await lock.query('BEGIN');
    try {
      await lock.query(LOCK_WHILE_RELAY_SENDS);
    } catch (error) {
      await lock.query('ROLLBACK');
      // The lock can close a cycle with a request's transaction; PostgreSQL then cancels one side.
      if ((error as { code?: string }).code === DEADLOCK_DETECTED) continue;
      throw error;
    }
    const { rows } = await lock.query<{ id: string }>(
      'SELECT event_id::text AS id FROM outbox WHERE sent_at IS NULL',
    );
    const unsent = new Set(rows.map((row) => row.id));
    const published = () => tap.records.filter((record) => unsent.has(eventIdOf(record) ?? '')).length;
    if (await pollUntil(async () => (await relayWaitsToMark(platform)) && published() > 0, 5000, 50)) {
      // The rest of the batch's partitions arrive a moment later.
      await sleep(300);
      return { unsent: unsent.size, published: published() };
    }
    await lock.query('ROLLBACK');
  }
  throw new Error('the relay was never caught between publishing and marking in 10 tries');
}

/**
 * customer-profile killed (SIGKILL) while its relay has published a batch and not marked it: on restart
 * the relay publishes the batch again, and the consumers must apply each event once.
 */
export function relayKilledBetweenPublishAndMark(): FaultScenario {
  let published = 0;
  return {
    fault: 'relay SIGKILL between publish and mark',
    async inject({ platform, note, cleared }) {
      const profile = platform.primary('customer-profile');
      const tap = await TopicTap.open(platform, [eventsTopic('customer-profile', platform.prefix)]);
      const lock = await platform.connect('customer-profile');
      try {
        await tap.catchUp(platform);
        const caught = await catchRelayBetweenPublishAndMark(platform, lock, tap);
        published = caught.published;
        await profile.signal('SIGKILL');
        note(
          `customer-profile killed (SIGKILL) while its relay waited to mark ${caught.unsent} unsent events, ${caught.published} of them already on the topic`,
        );
      } finally {
        await lock.query('ROLLBACK').catch(() => undefined);
        lock.release();
        await tap.close();
      }
      profile.start();
      cleared();
      await profile.waitUntilReady();
    },
    async verify({ platform, marks, note }) {
      const topic = eventsTopic('customer-profile', platform.prefix);
      const records = await recordsSince(
        platform,
        new Map([...marks].filter(([key]) => key.startsWith(`${topic}/`))),
      );
      const copies = new Map<string, number>();
      for (const id of records.flatMap((record) => eventIdOf(record) ?? []))
        copies.set(id, (copies.get(id) ?? 0) + 1);
      const twice = [...copies.values()].filter((count) => count > 1).length;
      note(`${twice} events are on ${topic} more than once`);
      return twice > 0 || published === 0
        ? []
        : [`no event is on ${topic} twice: the relay did not publish its batch again`];
    },
  };
}

/** A second customer-profile on the same database: two relays share one outbox while each customer's events must stay in order. */
export function twoRelays(holdMs: number): FaultScenario {
  return {
    fault: 'two relays on one outbox',
    async inject({ platform, note }) {
      const second = await platform.startReplica('customer-profile');
      note('a second customer-profile (and relay) runs on the same database; requests go round both');
      await sleep(holdMs);
      await platform.removeReplica(second, 'SIGTERM');
      note('the second customer-profile stopped (SIGTERM)');
    },
  };
}

async function listenBackends(platform: FaultPlatform, terminate: boolean): Promise<number> {
  const [{ backends }] = await platform.query<{ backends: number }>(
    'customer-profile',
    `SELECT count(${terminate ? 'pg_terminate_backend(pid)' : '*'})::int AS backends FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'outbox-relay'`,
  );
  return backends;
}

/**
 * customer-profile with its poll ten minutes away, so that only NOTIFY wakes its relay: events must
 * still flow at once; then the relay's LISTEN backend is terminated, and they must go on flowing.
 */
export function listenBackendTerminated(): FaultScenario {
  const promptMs = 10_000;
  let promptly = true;
  return {
    fault: 'LISTEN backend terminated',
    async prepare(platform) {
      await platform.removeReplica(platform.primary('customer-profile'), 'SIGTERM');
      await platform.startReplica('customer-profile', { OUTBOX_POLL_INTERVAL_MS: '600000' });
    },
    async inject({ platform, traffic, note }) {
      promptly = (await waitUntilDelivered(platform, traffic.startedSoFar(), [], promptMs)) !== undefined;
      const terminated = await listenBackends(platform, true);
      note(`terminated ${terminated} LISTEN backend(s) of customer-profile's relay`);
      if (terminated === 0)
        throw new Error('customer-profile had no LISTEN backend (application_name outbox-relay)');
    },
    async verify({ platform }) {
      const problems: string[] = [];
      if (!promptly)
        problems.push(
          `with the poll 10 minutes away, writes did not reach every consumer within ${promptMs / 1000} s: NOTIFY did not wake the relay`,
        );
      const listening = await listenBackends(platform, false);
      if (listening === 0)
        problems.push('the relay did not LISTEN again: customer-profile has no outbox-relay backend');
      return problems;
    },
  };
}
