import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { DispatchNotificationsUseCase } from '../../application/dispatch-notifications/dispatch-notifications.use-case';

/** Sends due, deferred and re-leased messages (also run by the dispatch loop between scheduler ticks). */
@Injectable()
export class DispatchNotificationsJob implements ScheduledJob {
  readonly name = 'dispatch-notifications';

  constructor(private readonly dispatch: DispatchNotificationsUseCase) {}

  run(): Promise<number> {
    return this.dispatch.execute();
  }
}
