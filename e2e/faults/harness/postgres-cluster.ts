import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { run, runsAsRoot } from './commands';
import { freePort } from './free-port';

/** The newest PostgreSQL binaries installed, as deploy/local/stack.sh picks them. */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = (existsSync(root) ? readdirSync(root) : [])
    .filter((version) => /^\d+$/.test(version) && existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`no PostgreSQL binaries in ${root}/*/bin`);
  return join(root, versions[0], 'bin');
}

/**
 * A PostgreSQL cluster of the suite's own (never the machine's server on 5432, which others use): it can
 * be stopped and started again as a fault, and is removed with the suite's scratch folder.
 */
export class PostgresCluster {
  private running = false;

  private constructor(
    private readonly directory: string,
    private readonly binaries: string,
    private readonly port: number,
  ) {}

  static async create(directory: string): Promise<PostgresCluster> {
    mkdirSync(directory, { recursive: true });
    if (runsAsRoot()) await run('chown', ['postgres:', directory]);
    const cluster = new PostgresCluster(directory, postgresBinaries(), await freePort());
    await run(
      join(cluster.binaries, 'initdb'),
      ['-D', cluster.dataDirectory, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
      { asPostgres: true },
    );
    return cluster;
  }

  private get dataDirectory(): string {
    return join(this.directory, 'data');
  }

  private get logFile(): string {
    return join(this.directory, 'postgres.log');
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Returns once the server accepts connections. */
  async start(): Promise<void> {
    // fsync off: the cluster is only ever stopped cleanly, and a disk flush per commit costs the 2 cores.
    const options = [
      '-c listen_addresses=127.0.0.1',
      `-p ${this.port}`,
      `-k ${this.directory}`,
      '-c max_connections=300',
      '-c fsync=off',
      '-c full_page_writes=off',
    ].join(' ');
    await run(
      join(this.binaries, 'pg_ctl'),
      ['-D', this.dataDirectory, '-l', this.logFile, '-w', '-s', '-o', options, 'start'],
      {
        asPostgres: true,
      },
    );
    this.running = true;
  }

  /** `-m fast`: open sessions are cut, as when a primary goes away. */
  async stop(): Promise<void> {
    await run(join(this.binaries, 'pg_ctl'), ['-D', this.dataDirectory, '-m', 'fast', '-w', '-s', 'stop'], {
      asPostgres: true,
    });
    this.running = false;
  }

  /** Synchronous and immediate: for the process-exit safety net only. */
  stopNow(): void {
    const pgCtl = [join(this.binaries, 'pg_ctl'), '-D', this.dataDirectory, '-m', 'immediate', '-s', 'stop'];
    const [command, ...args] = runsAsRoot() ? ['runuser', '-u', 'postgres', '--', ...pgCtl] : pgCtl;
    execFileSync(command, args, { stdio: 'ignore' });
    this.running = false;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }
}
