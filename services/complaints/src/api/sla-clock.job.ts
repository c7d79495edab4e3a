import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { FireSlaAlertsUseCase } from '../application/fire-sla-alerts/fire-sla-alerts.use-case';

/** Regulatory clocks run without any request: this fires at-risk warnings and breaches as time passes. */
@Injectable()
export class SlaClockJob implements ScheduledJob {
  readonly name = 'complaint-sla-clock';

  constructor(private readonly fireSlaAlerts: FireSlaAlertsUseCase) {}

  run(): Promise<number> {
    return this.fireSlaAlerts.execute();
  }
}
