import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { FireFollowUpsUseCase } from '../application/fire-follow-ups/fire-follow-ups.use-case';

/** The platform runs it every SCHEDULER_INTERVAL_MS on every replica; the use case claims rows, so each fires once. */
@Injectable()
export class FollowUpsJob implements ScheduledJob {
  readonly name = 'follow-ups';

  constructor(private readonly fireFollowUps: FireFollowUpsUseCase) {}

  run(): Promise<number> {
    return this.fireFollowUps.execute();
  }
}
