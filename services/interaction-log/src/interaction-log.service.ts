import type { ServiceDescriptor } from '@crm/platform';
import { CreateTimelineEntries1763900000001 } from './infrastructure/migrations/1763900000001-create-timeline-entries';
import { TimelineEntryOrmEntity } from './infrastructure/timeline-entry.orm-entity';
import { InteractionLogModule } from './interaction-log.module';

export const interactionLogService: ServiceDescriptor = {
  name: 'interaction-log',
  defaultPort: 3002,
  title: 'Interaction log',
  description: "Every touchpoint on every channel, and the customer's 360° timeline.",
  module: InteractionLogModule,
  entities: [TimelineEntryOrmEntity],
  migrations: [CreateTimelineEntries1763900000001],
};
