import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NotificationsSettings } from '../../notifications.settings';
import { DispatchNotificationsJob } from './dispatch-notifications.job';

/**
 * Runs the dispatcher every DISPATCH_INTERVAL_MS, far more often than the platform's scheduler, so a
 * message goes out within a fraction of a second of its trigger. Stops before the pool closes.
 */
@Injectable()
export class DispatchLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('dispatch-loop');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly job: DispatchNotificationsJob,
    private readonly settings: NotificationsSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.DISPATCH_INTERVAL_MS > 0) this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.job
        .run()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'dispatch failed'))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.settings.DISPATCH_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
