import { Module } from '@nestjs/common';

/**
 * Segmentation and churn risk: consumes other services' events, recomputes segments and the churn
 * score by rules kept as configuration, and publishes the changes.
 */
@Module({})
export class SegmentationModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const segmentationEntities: (new () => object)[] = [];
export const segmentationMigrations: (new () => import('typeorm').MigrationInterface)[] = [];
