import { Module } from '@nestjs/common';

/**
 * Templates per locale: ICU MessageFormat texts, locale fallback chains, versions with approval status,
 * and the renderer the delivery pipeline uses (`TemplateRenderer`).
 */
@Module({})
export class NotificationTemplatesModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const templateEntities: (new () => object)[] = [];
export const templateMigrations: (new () => import('typeorm').MigrationInterface)[] = [];
