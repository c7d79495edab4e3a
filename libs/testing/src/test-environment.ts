import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { allTopics } from '@crm/contracts';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest's integration project`);
  return value;
}

export const kafkaBrokers = () => setting('CRM_TEST_KAFKA_BROKERS');

/** A fresh, empty database for one suite; drop it in afterAll. */
export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
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
