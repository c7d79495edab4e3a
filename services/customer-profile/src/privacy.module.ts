import { Module } from '@nestjs/common';
import { ErasureEventsHandler } from './api/privacy/erasure-events.handler';
import { ErasureRequestController } from './api/privacy/erasure-request.controller';
import { ErasureRequestQueries } from './application/privacy/erasure-request.queries';
import { ErasureRequestRepository } from './application/privacy/erasure-request.repository';
import { PersonalDataEraser } from './application/privacy/personal-data-eraser';
import { RecordErasureCompletionUseCase } from './application/privacy/record-erasure-completion/record-erasure-completion.use-case';
import { RequestErasureUseCase } from './application/privacy/request-erasure/request-erasure.use-case';
import {
  ErasureRequestOrmEntity,
  ErasureServiceReportOrmEntity,
} from './infrastructure/privacy/erasure-request.orm-entity';
import { ErasureRequestTypeOrmRepository } from './infrastructure/privacy/erasure-request.typeorm-repository';
import { CreateErasureRequests1764000000200 } from './infrastructure/privacy/migrations/1764000000200-create-erasure-requests';
import { PersonalDataSqlEraser } from './infrastructure/privacy/personal-data.sql-eraser';

/** Data-subject rights: erasure requests tracked to completion across every service. */
@Module({
  controllers: [ErasureRequestController, ErasureEventsHandler],
  providers: [
    RequestErasureUseCase,
    RecordErasureCompletionUseCase,
    ErasureRequestQueries,
    { provide: ErasureRequestRepository, useClass: ErasureRequestTypeOrmRepository },
    { provide: PersonalDataEraser, useClass: PersonalDataSqlEraser },
  ],
})
export class PrivacyModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const privacyEntities: (new () => object)[] = [ErasureRequestOrmEntity, ErasureServiceReportOrmEntity];
export const privacyMigrations: (new () => import('typeorm').MigrationInterface)[] = [
  CreateErasureRequests1764000000200,
];
