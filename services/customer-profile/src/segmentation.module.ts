import { Module } from '@nestjs/common';
import { BehaviourEventsHandler } from './api/segmentation/behaviour-events.handler';
import { SegmentReviewJob } from './api/segmentation/segment-review.job';
import { SegmentsController } from './api/segmentation/segments.controller';
import { ActiveSegmentationRules } from './application/segmentation/active-segmentation-rules';
import { CustomerSignalsRepository } from './application/segmentation/customer-signals.repository';
import { RecordBehaviourUseCase } from './application/segmentation/record-behaviour/record-behaviour.use-case';
import { ReviewDueSegmentsUseCase } from './application/segmentation/review-due-segments/review-due-segments.use-case';
import { SegmentationQueries } from './application/segmentation/segmentation.queries';
import { CustomerProfileSettings } from './customer-profile.settings';
import { CustomerSignalsTypeOrmRepository } from './infrastructure/segmentation/customer-signals.typeorm-repository';
import { loadSegmentationRules } from './infrastructure/segmentation/load-segmentation-rules';
import { CreateSegmentationSignals1764000000100 } from './infrastructure/segmentation/migrations/1764000000100-create-segmentation-signals';
import {
  SegmentationLoanOrmEntity,
  SegmentationSignalsOrmEntity,
} from './infrastructure/segmentation/segmentation-signals.orm-entity';
import type { SegmentationSettings } from './infrastructure/segmentation/segmentation.settings';

/**
 * Segmentation and churn risk: consumes other services' events, recomputes segments and the churn
 * score by rules kept as configuration, and publishes the changes.
 */
@Module({
  controllers: [SegmentsController, BehaviourEventsHandler],
  providers: [
    RecordBehaviourUseCase,
    ReviewDueSegmentsUseCase,
    SegmentationQueries,
    SegmentReviewJob,
    { provide: CustomerSignalsRepository, useClass: CustomerSignalsTypeOrmRepository },
    {
      // Loaded and checked once, at start: a broken rules file stops the service before it serves.
      provide: ActiveSegmentationRules,
      useFactory: (settings: SegmentationSettings | undefined) =>
        new ActiveSegmentationRules(loadSegmentationRules(settings?.SEGMENTATION_RULES_FILE)),
      inject: [{ token: CustomerProfileSettings, optional: true }],
    },
  ],
  exports: [SegmentReviewJob],
})
export class SegmentationModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const segmentationEntities: (new () => object)[] = [
  SegmentationSignalsOrmEntity,
  SegmentationLoanOrmEntity,
];
export const segmentationMigrations: (new () => import('typeorm').MigrationInterface)[] = [
  CreateSegmentationSignals1764000000100,
];
