import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter, type Registry } from 'prom-client';
import type { ServiceConfig } from '../service-config';
import type { ServiceDescriptor } from '../service-descriptor';
import { METRICS_REGISTRY, SERVICE_CONFIG, SERVICE_DESCRIPTOR } from '../tokens';
import type { ScheduledJob } from './scheduled-job';

/**
 * Runs the service's scheduled jobs every SCHEDULER_INTERVAL_MS (started and stopped by the platform's
 * lifecycle, so that jobs stop before the database pool closes). One run of a job at a time per
 * process: a run that takes longer than the interval delays the next instead of overlapping it.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('scheduler');
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly fired: Counter;
  private stopped = false;

  constructor(
    private readonly modules: ModuleRef,
    @Inject(SERVICE_DESCRIPTOR) private readonly descriptor: ServiceDescriptor,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.fired = new Counter({
      name: 'crm_scheduled_items_fired_total',
      help: 'Items fired by scheduled jobs, by job.',
      labelNames: ['job'],
      registers: [registry],
    });
  }

  /** Called by the platform once the service is up. */
  start(): void {
    const interval = this.config.SCHEDULER_INTERVAL_MS;
    if (interval === 0) return;
    for (const type of this.descriptor.jobs ?? []) {
      const job = this.modules.get<ScheduledJob>(type, { strict: false });
      this.schedule(job, interval);
    }
  }

  private schedule(job: ScheduledJob, interval: number): void {
    const timer = setTimeout(() => {
      const run = this.runSafely(job).finally(() => {
        this.running.delete(run);
        if (!this.stopped) this.schedule(job, interval);
      });
      this.running.add(run);
    }, interval);
    timer.unref();
    this.timers.push(timer);
  }

  private async runSafely(job: ScheduledJob): Promise<void> {
    try {
      const count = await job.run();
      if (count > 0) this.fired.inc({ job: job.name }, count);
    } catch (error) {
      // The next run retries: a job's claims roll back with its failed transaction.
      this.logger.error({ err: error, job: job.name }, `scheduled job ${job.name} failed`);
    }
  }

  /** Called by the platform before the relay flushes and the pool closes: lets running jobs finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.allSettled([...this.running]);
  }
}
