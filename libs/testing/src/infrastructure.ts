import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface TestInfrastructure {
  /**
   * `real`: PostgreSQL and Kafka servers. `embedded`: neither could be had (a machine with only
   * Node.js), so the suites run on the embedded runtime — PGlite and the in-process transport.
   */
  runtime: 'real' | 'embedded';
  /** A connection string with the right to create databases (each suite makes its own). */
  adminDatabaseUrl?: string;
  kafkaBrokers?: string;
  /** A Redis for the shared rate-limit store, when one answers. */
  redisUrl?: string;
  /** Stops what this run started (containers); the local stack is left running for the next run. */
  stop(): Promise<void>;
}

const repositoryRoot = join(__dirname, '..', '..', '..');

async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined); // a refused connection is the answer here, not an error to log
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** REDIS_URL, else the Redis on 127.0.0.1:6379 when it answers; required when the real stack is. */
async function provideRedis(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const url = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(url)) return url;
  if (env.CRM_REQUIRE_REAL_STACK === 'true')
    throw new Error(`CRM_REQUIRE_REAL_STACK is set and no Redis answers at ${url}`);
  process.stderr.write(
    `[test] no Redis at ${url}: the test of rate limits shared between replicas does not run\n`,
  );
  return undefined;
}

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
      const kafka = await new KafkaContainer('apache/kafka:4.1.2').withKraft().start();
      kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
      stops.push(() => kafka.stop());
    }
  }

  if (!adminDatabaseUrl || !kafkaBrokers) {
    try {
      const output = execFileSync('bash', [join(repositoryRoot, 'deploy/local/stack.sh'), 'up'], {
        env: {
          ...env,
          ...(adminDatabaseUrl ? { DATABASE_URL: adminDatabaseUrl } : {}),
          ...(kafkaBrokers ? { KAFKA_BROKERS: kafkaBrokers } : {}),
        },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      process.stderr.write(output);
      adminDatabaseUrl ??= 'postgres://postgres@127.0.0.1:5432/postgres';
      kafkaBrokers ??= '127.0.0.1:9092';
    } catch (error) {
      const reason = ((error as { stderr?: string }).stderr ?? (error as Error).message)
        .trim()
        .split('\n')
        .pop();
      // CI must prove the real stack: there the fallback is a failure, never a silent substitute.
      if (env.CRM_REQUIRE_REAL_STACK === 'true') {
        throw new Error(`CRM_REQUIRE_REAL_STACK is set and the local stack did not start: ${reason}`, {
          cause: error,
        });
      }
      process.stderr.write(
        `[test] no PostgreSQL and Kafka to be had (${reason}): the integration suites run on the embedded runtime (PGlite, in-process events) instead\n`,
      );
      await Promise.all(stops.map((stop) => stop()));
      return { runtime: 'embedded', redisUrl: await provideRedis(env), stop: async () => undefined };
    }
  }

  return {
    runtime: 'real',
    redisUrl: await provideRedis(env),
    adminDatabaseUrl,
    kafkaBrokers,
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
