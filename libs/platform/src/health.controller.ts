import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@crm/security';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { withTimeout } from './with-timeout';

/**
 * Kubernetes probes: `live` says the process works; `ready` that its database answers. The broker is
 * not part of readiness: while it is away writes still commit to the outbox and reads still answer, so
 * taking every replica out of the Service would turn a broker outage into a platform outage. It shows in
 * the outbox backlog, the consumer lag and `crm_event_broker_up` instead, each with its alert.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.probe('database', () => this.dataSource.query('SELECT 1'))]);
  }

  private async probe<const K extends string>(key: K, check: () => Promise<unknown>) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(check(), 3000);
      return indicator.up();
    } catch {
      return indicator.down({ message: `${key} does not answer` });
    }
  }
}
