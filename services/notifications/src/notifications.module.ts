import { Module } from '@nestjs/common';
import { NotificationTemplatesModule } from './notification-templates.module';

/** Workflows, channel choice, contact hours, delivery and its tracking. */
@Module({
  imports: [NotificationTemplatesModule],
})
export class NotificationsModule {}
