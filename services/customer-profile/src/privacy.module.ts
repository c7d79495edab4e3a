import { Module } from '@nestjs/common';

/** Data-subject rights: erasure requests tracked to completion across every service. */
@Module({})
export class PrivacyModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const privacyEntities: (new () => object)[] = [];
export const privacyMigrations: (new () => import('typeorm').MigrationInterface)[] = [];
