import type { Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { ServiceName } from '@crm/contracts';
import type { ScheduledJob } from './scheduling/scheduled-job';

/** What the platform needs to know to host a service: everything else is shared. */
export interface ServiceDescriptor {
  name: ServiceName;
  /** 3001 customer-profile … 3005 notifications; overridden by PORT. */
  defaultPort: number;
  title: string;
  description: string;
  /** The service's own feature module: controllers, event handlers, use cases, repositories. */
  module: Type;
  entities: Type[];
  /** The service's own migrations; the outbox and inbox tables are added by the platform. */
  migrations: (new () => MigrationInterface)[];
  /**
   * The service's own settings: a class whose properties are environment variables with defaults and
   * class-validator rules. Loaded and checked at start with the platform's; injectable by its class.
   */
  settings?: new () => object;
  /** Jobs run every SCHEDULER_INTERVAL_MS (providers of the service's module). */
  jobs?: Type<ScheduledJob>[];
}
