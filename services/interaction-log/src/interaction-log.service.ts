import type { ServiceDescriptor } from '@crm/platform';
import { FollowUpsJob } from './api/follow-ups.job';
import { CreateTimelineEntries1763900000001 } from './infrastructure/migrations/1763900000001-create-timeline-entries';
import { CreateInteractionsFollowUpsSurveys1764000000000 } from './infrastructure/migrations/1764000000000-create-interactions-follow-ups-surveys';
import {
  CustomerCopyOrmEntity,
  FollowUpOrmEntity,
  InteractionOrmEntity,
  SurveyOrmEntity,
} from './infrastructure/orm-entities';
import { TimelineEntryOrmEntity } from './infrastructure/timeline-entry.orm-entity';
import { InteractionLogModule } from './interaction-log.module';
import { InteractionLogSettings } from './interaction-log.settings';

export const interactionLogService: ServiceDescriptor = {
  name: 'interaction-log',
  defaultPort: 3002,
  title: 'Interaction log',
  description:
    "Every touchpoint on every channel, the customer's 360° timeline, follow-ups and satisfaction surveys.",
  module: InteractionLogModule,
  entities: [
    TimelineEntryOrmEntity,
    InteractionOrmEntity,
    CustomerCopyOrmEntity,
    FollowUpOrmEntity,
    SurveyOrmEntity,
  ],
  migrations: [CreateTimelineEntries1763900000001, CreateInteractionsFollowUpsSurveys1764000000000],
  settings: InteractionLogSettings,
  jobs: [FollowUpsJob],
};
