import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { allTopics } from '@crm/contracts';
import { run } from './commands';
import { freePort } from './free-port';
import { exited, tailOf } from './process-output';

const repositoryRoot = join(__dirname, '..', '..', '..');

/** The JVM options of deploy/local/stack.sh: start-up on 2 cores matters more than peak throughput. */
const JVM_OPTIONS = [
  '-Xms128m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-Djava.awt.headless=true',
];

/** deploy/local/stack.sh's single-node KRaft properties, on ports and a log folder of the suite's own. */
function serverProperties(port: number, controllerPort: number, dataDirectory: string): string {
  return `process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=${dataDirectory}
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=16777216
`;
}

/** A cluster id as `kafka-storage random-uuid` prints it, without starting a JVM for it. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/**
 * A Kafka broker of the suite's own (never the shared one on 9092), from the jars deploy/local/stack.sh
 * resolves: killed, hung and restarted on the same data as a fault.
 */
export class KafkaBroker {
  private process?: ChildProcess;
  private paused = false;

  private constructor(
    private readonly directory: string,
    private readonly libraries: string,
    readonly port: number,
  ) {}

  static async create(directory: string): Promise<KafkaBroker> {
    const libraries = (await run('bash', [join(repositoryRoot, 'deploy/local/stack.sh'), 'resolve']))
      .trim()
      .split('\n')
      .pop();
    if (!libraries) throw new Error('deploy/local/stack.sh resolve printed no folder');
    const broker = new KafkaBroker(directory, libraries, await freePort());
    mkdirSync(broker.logDirectory, { recursive: true });
    writeFileSync(
      broker.propertiesFile,
      serverProperties(broker.port, await freePort(), join(directory, 'data')),
    );
    await run('java', [
      ...broker.javaOptions,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId(),
      '-c',
      broker.propertiesFile,
    ]);
    return broker;
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The JVM's own output: what a broker that cannot start says. */
  private get outputFile(): string {
    return join(this.logDirectory, 'kafka.out');
  }

  get isRunning(): boolean {
    return this.process !== undefined && this.process.exitCode === null && this.process.signalCode === null;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** The broker's own log (log4j's server.log). */
  get logFile(): string {
    return join(this.logDirectory, 'server.log');
  }

  tail(lines = 40): string {
    return tailOf(this.logFile, lines);
  }

  private get logDirectory(): string {
    return join(this.directory, 'logs');
  }

  private get propertiesFile(): string {
    return join(this.directory, 'server.properties');
  }

  private get javaOptions(): string[] {
    return [
      ...JVM_OPTIONS,
      `-Dkafka.logs.dir=${this.logDirectory}`,
      `-Dlog4j2.configurationFile=${join(repositoryRoot, 'deploy/local/kafka/log4j2.xml')}`,
      '-cp',
      `${this.libraries}/*`,
    ];
  }

  /** Starts the broker on its data folder (the same one after a kill) and waits until it answers. */
  async start(): Promise<void> {
    const output = openSync(this.outputFile, 'a');
    try {
      this.process = spawn('java', [...this.javaOptions, 'kafka.Kafka', this.propertiesFile], {
        stdio: ['ignore', output, output],
      });
    } finally {
      closeSync(output);
    }
    this.paused = false;
    await this.waitUntilReady();
  }

  /** Ready = a successful describeCluster, as deploy/local/kafka-ready.cjs decides. */
  private async waitUntilReady(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.isRunning)
        throw new Error(`the broker exited during start-up:\n${tailOf(this.outputFile)}\n${this.tail()}`);
      const admin = new Kafka({
        clientId: 'faults-broker-ready',
        brokers: [this.brokers],
        logLevel: logLevel.NOTHING,
        connectionTimeout: 1000,
        retry: { retries: 0 },
      }).admin();
      try {
        await admin.connect();
        await admin.describeCluster();
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`the broker did not answer within ${timeoutMs / 1000} s`, { cause: error });
        await sleep(200);
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    }
  }

  /** The platform's topics under the suite's prefix, 3 partitions each, before any service starts. */
  async createTopics(prefix: string): Promise<void> {
    const admin = new Kafka({
      clientId: 'faults-topics',
      brokers: [this.brokers],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: allTopics(prefix).map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })),
      });
      // Finding a group coordinator creates __consumer_offsets, which the services' groups need at once.
      await admin.describeGroups(['faults-warm-up']);
    } finally {
      await admin.disconnect();
    }
  }

  /** SIGKILL: the broker dies with whatever it had not written. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || !this.isRunning) return;
    child.kill('SIGKILL');
    await exited(child);
    this.paused = false;
  }

  /** Kills at once, without waiting: for the process-exit safety net. */
  killNow(): void {
    if (this.isRunning) this.process?.kill('SIGKILL');
  }

  /** SIGSTOP: the broker keeps its connections open and answers nothing — a hung broker. */
  pause(): void {
    this.process?.kill('SIGSTOP');
    this.paused = true;
  }

  resume(): void {
    this.process?.kill('SIGCONT');
    this.paused = false;
  }
}
