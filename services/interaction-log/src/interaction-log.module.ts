import { Module } from '@nestjs/common';
import { CustomerEventsHandler } from './api/customer-events.handler';
import { TimelineController } from './api/timeline.controller';
import { RecordSystemEventUseCase } from './application/record-system-event/record-system-event.use-case';
import { TimelineQueries } from './application/timeline.queries';
import { TimelineRepository } from './application/timeline.repository';
import { TimelineTypeOrmRepository } from './infrastructure/timeline.typeorm-repository';

@Module({
  controllers: [TimelineController, CustomerEventsHandler],
  providers: [
    RecordSystemEventUseCase,
    TimelineQueries,
    { provide: TimelineRepository, useClass: TimelineTypeOrmRepository },
  ],
})
export class InteractionLogModule {}
