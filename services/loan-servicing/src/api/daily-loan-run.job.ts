import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { RunDailyLoanCycleUseCase } from '../application/run-daily-loan-cycle/run-daily-loan-cycle.use-case';

/** The daily run: reminders, missed payments, delinquency, early warning, arrangements ending. */
@Injectable()
export class DailyLoanRunJob implements ScheduledJob {
  readonly name = 'daily-loan-run';

  constructor(private readonly runDailyCycle: RunDailyLoanCycleUseCase) {}

  run(): Promise<number> {
    return this.runDailyCycle.execute();
  }
}
