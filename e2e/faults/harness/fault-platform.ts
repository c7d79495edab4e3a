import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Pool, type QueryResultRow } from 'pg';
import { SERVICES, type ServiceName } from '@crm/contracts';
import { freePort } from './free-port';
import { KafkaBroker } from './kafka-broker';
import { PostgresCluster } from './postgres-cluster';
import { sizeOf } from './process-output';
import { ServiceProcess } from './service-process';

/** Where each process's log stood when a case began, so that a failure shows what the case wrote. */
export type LogMarks = Map<string, number>;

/**
 * The whole platform on the suite's own PostgreSQL cluster and Kafka broker, each service an OS process
 * from the build with its own database. Cases inject their faults through it and read every database.
 */
export class FaultPlatform {
  readonly prefix = 'faults.';
  private readonly replicas = new Map<ServiceName, ServiceProcess[]>();
  private readonly replicasStarted = new Map<ServiceName, number>();
  private readonly pools = new Map<ServiceName, Pool>();
  private readonly databaseUrls = new Map<ServiceName, string>();
  private readonly removal = new AbortController();
  private removed = false;

  private constructor(
    private readonly directory: string,
    readonly postgres: PostgresCluster,
    readonly broker: KafkaBroker,
  ) {}

  static async start(): Promise<FaultPlatform> {
    const directory = mkdtempSync(join(tmpdir(), 'crm-faults-'));
    // The postgres user runs the cluster inside it.
    chmodSync(directory, 0o755);
    mkdirSync(join(directory, 'logs'));
    const [postgres, broker] = await Promise.all([
      PostgresCluster.create(join(directory, 'postgres')),
      KafkaBroker.create(join(directory, 'kafka')),
    ]);
    const platform = new FaultPlatform(directory, postgres, broker);
    process.once('exit', () => platform.killEverythingNow());
    try {
      await Promise.all([postgres.start(), broker.start()]);
      await broker.createTopics(platform.prefix);
      for (const service of SERVICES) {
        const url = await postgres.createDatabase(`crm_${service.replace(/-/g, '_')}`);
        platform.databaseUrls.set(service, url);
        const pool = new Pool({ connectionString: url, max: 3, application_name: 'faults-harness' });
        // A stopped cluster cuts idle connections: the pool replaces them, the error is not the suite's.
        pool.on('error', () => undefined);
        platform.pools.set(service, pool);
      }
      await Promise.all(SERVICES.map((service) => platform.startReplica(service)));
      return platform;
    } catch (error) {
      await platform.remove().catch(() => undefined);
      throw error;
    }
  }

  /** Aborted when the platform is removed: whatever still drives it stops. */
  get closing(): AbortSignal {
    return this.removal.signal;
  }

  private get logDirectory(): string {
    return join(this.directory, 'logs');
  }

  /** Running and stopped replicas of a service; the first is the one the suite started with. */
  replicasOf(service: ServiceName): ServiceProcess[] {
    return this.replicas.get(service) ?? [];
  }

  primary(service: ServiceName): ServiceProcess {
    const [first] = this.replicasOf(service);
    if (!first) throw new Error(`${service} has no replica`);
    return first;
  }

  allProcesses(): ServiceProcess[] {
    return SERVICES.flatMap((service) => this.replicasOf(service));
  }

  /** Starts one more replica of a service on its database (the first when there is none) and waits until it is ready. */
  async startReplica(
    service: ServiceName,
    extraSettings: Record<string, string> = {},
  ): Promise<ServiceProcess> {
    const index = this.replicasStarted.get(service) ?? 0;
    this.replicasStarted.set(service, index + 1);
    const port = await freePort();
    const replica = new ServiceProcess(
      service,
      index,
      port,
      { ...this.serviceEnv(service, port), ...extraSettings },
      join(this.logDirectory, `${service}-${index}.log`),
      extraSettings,
    );
    this.replicas.set(service, [...this.replicasOf(service), replica]);
    replica.start();
    await replica.waitUntilReady();
    return replica;
  }

  /** Stops a replica with a signal and forgets it. */
  async removeReplica(replica: ServiceProcess, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    await replica.signal(signal);
    this.replicas.set(
      replica.service,
      this.replicasOf(replica.service).filter((other) => other !== replica),
    );
  }

  /** Starts a stopped replica again: same port, same database, same settings. */
  async restart(replica: ServiceProcess): Promise<void> {
    replica.start();
    await replica.waitUntilReady();
  }

  private serviceEnv(service: ServiceName, port: number): Record<string, string> {
    return {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: this.databaseUrl(service),
      EVENT_TRANSPORT: 'kafka',
      KAFKA_BROKERS: this.broker.brokers,
      EVENTS_TOPIC_PREFIX: this.prefix,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      OTEL_TRACES_EXPORTER: 'none',
      NODE_OPTIONS: '',
      REDIS_URL: '',
    };
  }

  private databaseUrl(service: ServiceName): string {
    const url = this.databaseUrls.get(service);
    if (!url) throw new Error(`${service} has no database`);
    return url;
  }

  /** SQL on a service's own database, through the harness's connections (application_name faults-harness). */
  async query<T extends QueryResultRow>(
    service: ServiceName,
    sql: string,
    parameters: unknown[] = [],
  ): Promise<T[]> {
    const pool = this.pools.get(service);
    if (!pool) throw new Error(`${service} has no database`);
    return (await pool.query<T>(sql, parameters)).rows;
  }

  /** A connection of its own, for a case that holds a transaction open across other work. */
  async connect(service: ServiceName) {
    const pool = this.pools.get(service);
    if (!pool) throw new Error(`${service} has no database`);
    return pool.connect();
  }

  /** The consumer group of a service: the prefix isolates it as it isolates the topics. */
  groupId(service: ServiceName): string {
    return `${this.prefix}${service}`;
  }

  kafka(clientId: string): Kafka {
    return new Kafka({ clientId, brokers: [this.broker.brokers], logLevel: logLevel.NOTHING });
  }

  async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka('faults-admin').admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  markLogs(): LogMarks {
    return new Map(this.allProcesses().map((replica) => [replica.logFile, sizeOf(replica.logFile)]));
  }

  /**
   * Puts the platform back as the suite started it, after a case that left it otherwise (a failed case
   * can leave a service dead or the database down). Returns what it had to do, for the report.
   */
  async restoreBaseline(): Promise<string[]> {
    const repairs: string[] = [];
    if (!this.postgres.isRunning) {
      await this.postgres.start();
      repairs.push('PostgreSQL was stopped: started');
    }
    if (this.broker.isPaused) {
      this.broker.resume();
      repairs.push('the broker was stopped (SIGSTOP): continued');
    }
    if (!this.broker.isRunning) {
      await this.broker.start();
      repairs.push('the broker was down: started');
    }
    for (const service of SERVICES) {
      const [first, ...extra] = this.replicasOf(service);
      for (const replica of extra) await this.removeReplica(replica, 'SIGTERM');
      if (first && Object.keys(first.extraSettings).length > 0) {
        await this.removeReplica(first, 'SIGTERM');
        await this.startReplica(service);
      } else if (first && !first.isRunning) {
        repairs.push(`${first.label} had ${first.exitDescription}: started again`);
        await this.restart(first);
      } else if (!first) {
        await this.startReplica(service);
      }
    }
    return repairs;
  }

  /** Stops everything the suite started; the scratch folder goes too unless `keepFiles`, which prints where it is. */
  async remove(keepFiles = false): Promise<void> {
    this.removal.abort();
    await Promise.all(this.allProcesses().map((replica) => replica.signal('SIGTERM', 10_000)));
    await this.broker.kill();
    await Promise.all([...this.pools.values()].map((pool) => pool.end()));
    if (this.postgres.isRunning) await this.postgres.stop();
    if (keepFiles) console.log(`fault suite files kept in ${this.directory}`);
    else rmSync(this.directory, { recursive: true, force: true });
    this.removed = true;
  }

  /** The safety net if the test process ends without remove(): nothing the suite started outlives it. */
  private killEverythingNow(): void {
    if (this.removed) return;
    for (const replica of this.allProcesses()) replica.killNow();
    this.broker.killNow();
    if (this.postgres.isRunning) this.postgres.stopNow();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
