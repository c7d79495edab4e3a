import { Module } from '@nestjs/common';
import { ComplaintAndInteractionEventsHandler } from './api/complaint-and-interaction-events.handler';
import { CustomerEventsHandler } from './api/customer-events.handler';
import { InboxController } from './api/inbox.controller';
import { DispatchLoop } from './api/jobs/dispatch-loop';
import { DispatchNotificationsJob } from './api/jobs/dispatch-notifications.job';
import { FallBackUndeliveredJob } from './api/jobs/fall-back-undelivered.job';
import { FestivalGreetingsJob } from './api/jobs/festival-greetings.job';
import { LoanEventsHandler } from './api/loan-events.handler';
import { NotificationController } from './api/notification.controller';
import { ProviderWebhookController } from './api/provider-webhook.controller';
import { ChannelGateway, ReceiptVerifier } from './application/channel-gateway';
import { DispatchNotificationsUseCase } from './application/dispatch-notifications/dispatch-notifications.use-case';
import { EraseCustomerUseCase } from './application/erase-customer/erase-customer.use-case';
import { FallBackUndeliveredUseCase } from './application/fall-back-undelivered/fall-back-undelivered.use-case';
import { MailboxRepository } from './application/mailbox.repository';
import { MarkInboxMessageReadUseCase } from './application/mark-inbox-message-read/mark-inbox-message-read.use-case';
import { NotificationQueries } from './application/notification.queries';
import { NotificationRepository } from './application/notification.repository';
import { RecipientRepository } from './application/recipient.repository';
import { RecordDeliveryReceiptUseCase } from './application/record-delivery-receipt/record-delivery-receipt.use-case';
import { RecordRecipientChangeUseCase } from './application/record-recipient-change/record-recipient-change.use-case';
import { ScheduleFestivalGreetingsUseCase } from './application/schedule-festival-greetings/schedule-festival-greetings.use-case';
import { TriggerWorkflowUseCase } from './application/trigger-workflow/trigger-workflow.use-case';
import { WorkflowCatalog } from './application/workflows/workflow-catalog';
import { ChannelGatewayAdapter } from './infrastructure/channels/channel-gateway.adapter';
import { ProviderDirectory } from './infrastructure/channels/provider-directory';
import { RawBodyHook } from './infrastructure/channels/raw-body.hook';
import { MailboxTypeOrmRepository } from './infrastructure/mailbox.typeorm-repository';
import { NotificationTypeOrmRepository } from './infrastructure/notification.typeorm-repository';
import { RecipientTypeOrmRepository } from './infrastructure/recipient.typeorm-repository';
import { NotificationTemplatesModule } from './notification-templates.module';

/** Workflows, channel choice, contact hours, delivery and its tracking. */
@Module({
  imports: [NotificationTemplatesModule],
  controllers: [
    NotificationController,
    InboxController,
    ProviderWebhookController,
    CustomerEventsHandler,
    LoanEventsHandler,
    ComplaintAndInteractionEventsHandler,
  ],
  providers: [
    WorkflowCatalog,
    RecordRecipientChangeUseCase,
    TriggerWorkflowUseCase,
    DispatchNotificationsUseCase,
    FallBackUndeliveredUseCase,
    RecordDeliveryReceiptUseCase,
    MarkInboxMessageReadUseCase,
    EraseCustomerUseCase,
    ScheduleFestivalGreetingsUseCase,
    NotificationQueries,
    DispatchNotificationsJob,
    FallBackUndeliveredJob,
    FestivalGreetingsJob,
    DispatchLoop,
    RawBodyHook,
    ProviderDirectory,
    { provide: ReceiptVerifier, useExisting: ProviderDirectory },
    { provide: ChannelGateway, useClass: ChannelGatewayAdapter },
    { provide: NotificationRepository, useClass: NotificationTypeOrmRepository },
    { provide: RecipientRepository, useClass: RecipientTypeOrmRepository },
    { provide: MailboxRepository, useClass: MailboxTypeOrmRepository },
  ],
})
export class NotificationsModule {}
