import { Module } from '@nestjs/common';
import { ChannelProfileController } from './api/channel-profile.controller';
import { CustomerEventsHandler } from './api/customer-events.handler';
import { FollowUpController } from './api/follow-up.controller';
import { FollowUpsJob } from './api/follow-ups.job';
import { InteractionController } from './api/interaction.controller';
import { SurveyController } from './api/survey.controller';
import { SurveyTriggerEventsHandler } from './api/survey-trigger-events.handler';
import { TimelineController } from './api/timeline.controller';
import { TimelineEventsHandler } from './api/timeline-events.handler';
import { ChannelProfileQueries } from './application/channel-profile.queries';
import { CompleteFollowUpUseCase } from './application/complete-follow-up/complete-follow-up.use-case';
import { CorrectInteractionUseCase } from './application/correct-interaction/correct-interaction.use-case';
import { CustomerCopyRepository } from './application/customer-copy.repository';
import { EraseCustomerUseCase } from './application/erase-customer/erase-customer.use-case';
import { FireFollowUpsUseCase } from './application/fire-follow-ups/fire-follow-ups.use-case';
import { FollowUpQueries } from './application/follow-up.queries';
import { FollowUpRepository } from './application/follow-up.repository';
import { InteractionJournal } from './application/interaction-journal';
import { InteractionQueries } from './application/interaction.queries';
import { InteractionRepository } from './application/interaction.repository';
import { InviteToSurveyUseCase } from './application/invite-to-survey/invite-to-survey.use-case';
import { OwnEvents } from './application/own-events';
import { RecordInteractionUseCase } from './application/record-interaction/record-interaction.use-case';
import { RecordSystemEventUseCase } from './application/record-system-event/record-system-event.use-case';
import { RescheduleFollowUpUseCase } from './application/reschedule-follow-up/reschedule-follow-up.use-case';
import { RespondToSurveyUseCase } from './application/respond-to-survey/respond-to-survey.use-case';
import { ScheduleFollowUpUseCase } from './application/schedule-follow-up/schedule-follow-up.use-case';
import { SurveyQueries } from './application/survey.queries';
import { StoredReplies } from './application/stored-replies.repository';
import { SurveyRepository } from './application/survey.repository';
import { SyncCustomerCopyUseCase } from './application/sync-customer-copy/sync-customer-copy.use-case';
import { TimelineQueries } from './application/timeline.queries';
import { TimelineRepository } from './application/timeline.repository';
import { CustomerCopyTypeOrmRepository } from './infrastructure/customer-copy.typeorm-repository';
import { FollowUpTypeOrmRepository } from './infrastructure/follow-up.typeorm-repository';
import { InteractionTypeOrmRepository } from './infrastructure/interaction.typeorm-repository';
import { StoredRepliesTypeOrmRepository } from './infrastructure/stored-replies.typeorm-repository';
import { SurveyTypeOrmRepository } from './infrastructure/survey.typeorm-repository';
import { TimelineTypeOrmRepository } from './infrastructure/timeline.typeorm-repository';

@Module({
  controllers: [
    TimelineController,
    InteractionController,
    ChannelProfileController,
    FollowUpController,
    SurveyController,
    TimelineEventsHandler,
    CustomerEventsHandler,
    SurveyTriggerEventsHandler,
  ],
  providers: [
    RecordSystemEventUseCase,
    RecordInteractionUseCase,
    CorrectInteractionUseCase,
    InteractionJournal,
    OwnEvents,
    InviteToSurveyUseCase,
    RespondToSurveyUseCase,
    ScheduleFollowUpUseCase,
    CompleteFollowUpUseCase,
    RescheduleFollowUpUseCase,
    FireFollowUpsUseCase,
    SyncCustomerCopyUseCase,
    EraseCustomerUseCase,
    TimelineQueries,
    InteractionQueries,
    ChannelProfileQueries,
    FollowUpQueries,
    SurveyQueries,
    FollowUpsJob,
    { provide: TimelineRepository, useClass: TimelineTypeOrmRepository },
    { provide: InteractionRepository, useClass: InteractionTypeOrmRepository },
    { provide: CustomerCopyRepository, useClass: CustomerCopyTypeOrmRepository },
    { provide: FollowUpRepository, useClass: FollowUpTypeOrmRepository },
    { provide: SurveyRepository, useClass: SurveyTypeOrmRepository },
    { provide: StoredReplies, useClass: StoredRepliesTypeOrmRepository },
  ],
})
export class InteractionLogModule {}
