import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics } from '@crm/contracts';
import { startEmbeddedPostgres } from '@crm/persistence';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest's integration project`);
  return value;
}

export const kafkaBrokers = () => setting('CRM_TEST_KAFKA_BROKERS');

/** True when no real PostgreSQL and Kafka could be had and the suites run on the embedded runtime. */
export const runsEmbedded = () => process.env.CRM_TEST_RUNTIME === 'embedded';

export interface TestDatabase {
  url: string;
  /** Settings a service needs for this database (PGlite: one connection, no LISTEN). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database for one suite: on the PostgreSQL server, or PGlite when there is none. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  return runsEmbedded() ? createEmbeddedTestDatabase(label) : createServerTestDatabase(label);
}

export async function createEmbeddedTestDatabase(label: string): Promise<TestDatabase> {
  const directory = mkdtempSync(join(tmpdir(), `crm-${label.replace(/[^a-z0-9]/g, '-')}-`));
  // Room for a second replica of the service (scheduler and exactly-once suites).
  const embedded = await startEmbeddedPostgres(directory, { maxConnections: 4 });
  return {
    url: embedded.url,
    env: { DATABASE_POOL_SIZE: '1', DATABASE_CONNECT_TIMEOUT_MS: '0', OUTBOX_LISTEN: 'false' },
    drop: async () => {
      await embedded.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function createServerTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = setting('CRM_TEST_ADMIN_DATABASE_URL');
  const name = `crm_test_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    env: {},
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A topic prefix of the suite's own, with every platform topic created under it. */
export async function createTestTopics(label: string): Promise<string> {
  const prefix = `t-${label.replace(/[^a-z0-9-]/g, '-')}-${randomBytes(3).toString('hex')}.`;
  const admin = new Kafka({
    clientId: 'crm-tests',
    brokers: kafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: allTopics(prefix).map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })),
    });
  } finally {
    await admin.disconnect();
  }
  return prefix;
}

/** Retries an assertion until it passes or the time is up; the last failure is reported. */
export async function eventually<T>(
  assertion: () => Promise<T> | T,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
