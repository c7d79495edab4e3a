import type { Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { ServiceName } from '@crm/contracts';

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
}
