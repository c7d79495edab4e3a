import type { ServiceDescriptor } from '@crm/platform';
import { templateEntities, templateMigrations } from './notification-templates.module';
import { NotificationsModule } from './notifications.module';

export const notificationsService: ServiceDescriptor = {
  name: 'notifications',
  defaultPort: 3005,
  title: 'Notifications',
  description: "Messages in the customer's language, on a consented channel, at a decent hour.",
  module: NotificationsModule,
  entities: [...templateEntities],
  migrations: [...templateMigrations],
};
