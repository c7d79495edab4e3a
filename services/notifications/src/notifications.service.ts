import type { ServiceDescriptor } from '@crm/platform';
import { DispatchNotificationsJob } from './api/jobs/dispatch-notifications.job';
import { FallBackUndeliveredJob } from './api/jobs/fall-back-undelivered.job';
import { FestivalGreetingsJob } from './api/jobs/festival-greetings.job';
import { CreateDelivery1764000000200 } from './infrastructure/migrations/1764000000200-create-delivery';
import { templateEntities, templateMigrations } from './notification-templates.module';
import { NotificationsModule } from './notifications.module';
import { NotificationsSettings } from './notifications.settings';

export const notificationsService: ServiceDescriptor = {
  name: 'notifications',
  defaultPort: 3005,
  title: 'Notifications',
  description: "Messages in the customer's language, on a consented channel, at a decent hour.",
  module: NotificationsModule,
  entities: [...templateEntities],
  migrations: [...templateMigrations, CreateDelivery1764000000200],
  settings: NotificationsSettings,
  jobs: [DispatchNotificationsJob, FallBackUndeliveredJob, FestivalGreetingsJob],
};
