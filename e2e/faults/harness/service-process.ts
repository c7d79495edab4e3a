import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceName } from '@crm/contracts';
import { errorsIn, exited, tailOf } from './process-output';

const distFolder = join(__dirname, '..', '..', '..', 'dist');

function serviceMain(service: ServiceName): string {
  return join(distFolder, 'services', service, 'src', 'main.js');
}

/**
 * One replica of a service as an OS process from the build, as it runs in production: signals are real
 * signals, a kill loses what the process held in memory. Its output goes to its own log file.
 */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(
    readonly service: ServiceName,
    readonly replica: number,
    readonly port: number,
    private readonly env: Record<string, string>,
    readonly logFile: string,
    /** The settings it runs with beyond the platform's own, e.g. a poll interval of a case. */
    readonly extraSettings: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get label(): string {
    return this.replica === 0 ? this.service : `${this.service} replica ${this.replica}`;
  }

  get isRunning(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** How the process ended, when it has. */
  get exitDescription(): string | undefined {
    if (!this.child || this.isRunning) return undefined;
    return this.child.signalCode
      ? `killed by ${this.child.signalCode}`
      : `exited with code ${this.child.exitCode}`;
  }

  start(): void {
    const main = serviceMain(this.service);
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    appendFileSync(this.logFile, `\n=== ${this.label} started at ${new Date().toISOString()}\n`);
    const output = openSync(this.logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [main], {
        env: { ...process.env, ...this.env },
        stdio: ['ignore', output, output],
      });
    } finally {
      closeSync(output);
    }
    this.child = child;
    child.once('exit', () =>
      appendFileSync(
        this.logFile,
        `\n=== ${this.label} ${this.exitDescription ?? 'exited'} at ${new Date().toISOString()}\n`,
      ),
    );
  }

  async waitUntilReady(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.isRunning)
        throw new Error(`${this.label} ${this.exitDescription} during start-up:\n${this.tail()}`);
      try {
        const response = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(2000) });
        if (response.status === 200) {
          appendFileSync(this.logFile, `=== ${this.label} ready at ${new Date().toISOString()}\n`);
          return;
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`${this.label} not ready within ${timeoutMs / 1000} s:\n${this.tail()}`);
      await sleep(250);
    }
  }

  /** Sends the signal and waits for the process to end; SIGTERM is graceful, so it may take a while. */
  async signal(signal: 'SIGKILL' | 'SIGTERM', timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || !this.isRunning) return;
    child.kill(signal);
    const ended = await Promise.race([
      exited(child).then(() => true),
      sleep(timeoutMs, false, { ref: false }),
    ]);
    if (!ended) {
      appendFileSync(
        this.logFile,
        `\n=== ${this.label} did not stop within ${timeoutMs / 1000} s of ${signal}: killed\n`,
      );
      child.kill('SIGKILL');
      await exited(child);
    }
  }

  /** Kills at once, without waiting: for the process-exit safety net. */
  killNow(): void {
    if (this.isRunning) this.child?.kill('SIGKILL');
  }

  /** The distinct errors it logged from `sinceByte` on. */
  errors(sinceByte = 0): string[] {
    return errorsIn(this.logFile, sinceByte);
  }

  tail(lines = 40, sinceByte = 0): string {
    return tailOf(this.logFile, lines, sinceByte);
  }
}
