import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface TestInfrastructure {
  /** A connection string with the right to create databases (each suite makes its own). */
  adminDatabaseUrl: string;
  kafkaBrokers: string;
  /** Stops what this run started (containers); the local stack is left running for the next run. */
  stop(): Promise<void>;
}

const repositoryRoot = join(__dirname, '..', '..', '..');

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds PostgreSQL and Kafka for the integration tests, in this order: connection settings in the
 * environment (`DATABASE_URL`, `KAFKA_BROKERS`); Testcontainers when a Docker engine answers; else the
 * local real stack of deploy/local (a real broker and a real PostgreSQL), started if it is not running.
 */
export async function provideTestInfrastructure(env = process.env): Promise<TestInfrastructure> {
  let adminDatabaseUrl = env.DATABASE_URL;
  let kafkaBrokers = env.KAFKA_BROKERS;
  const stops: (() => Promise<unknown>)[] = [];

  if ((!adminDatabaseUrl || !kafkaBrokers) && (await dockerAnswers())) {
    if (!adminDatabaseUrl) {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const postgres = await new PostgreSqlContainer('postgres:17-alpine').start();
      adminDatabaseUrl = postgres.getConnectionUri();
      stops.push(() => postgres.stop());
    }
    if (!kafkaBrokers) {
      const { KafkaContainer } = await import('@testcontainers/kafka');
      const kafka = await new KafkaContainer('apache/kafka:3.9.1').withKraft().start();
      kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
      stops.push(() => kafka.stop());
    }
  }

  if (!adminDatabaseUrl || !kafkaBrokers) {
    const output = execFileSync('bash', [join(repositoryRoot, 'deploy/local/stack.sh'), 'up'], {
      env: {
        ...env,
        ...(adminDatabaseUrl ? { DATABASE_URL: adminDatabaseUrl } : {}),
        ...(kafkaBrokers ? { KAFKA_BROKERS: kafkaBrokers } : {}),
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stderr.write(output);
    adminDatabaseUrl ??= 'postgres://postgres@127.0.0.1:5432/postgres';
    kafkaBrokers ??= '127.0.0.1:9092';
  }

  return {
    adminDatabaseUrl,
    kafkaBrokers,
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
