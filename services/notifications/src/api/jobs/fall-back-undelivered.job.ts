import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { FallBackUndeliveredUseCase } from '../../application/fall-back-undelivered/fall-back-undelivered.use-case';

/** Moves messages whose step timed out without a delivery receipt to the workflow's next channel. */
@Injectable()
export class FallBackUndeliveredJob implements ScheduledJob {
  readonly name = 'fall-back-undelivered';

  constructor(private readonly fallBack: FallBackUndeliveredUseCase) {}

  run(): Promise<number> {
    return this.fallBack.execute();
  }
}
