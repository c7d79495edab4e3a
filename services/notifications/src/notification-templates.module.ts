import { Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { TemplateController } from './api/templates/template.controller';
import { ApproveTemplateVersionUseCase } from './application/templates/approve-template-version/approve-template-version.use-case';
import { CreateTemplateVersionUseCase } from './application/templates/create-template-version/create-template-version.use-case';
import { IcuTemplateRenderer } from './application/templates/icu-template-renderer';
import { MissingTranslationLog } from './application/templates/missing-translation.log';
import { TemplateQueries } from './application/templates/template.queries';
import { TemplateRenderer } from './application/templates/template-renderer';
import { TemplateVersionRepository } from './application/templates/template-version.repository';
import { CreateTemplateVersions1764000000100 } from './infrastructure/templates/migrations/1764000000100-create-template-versions';
import { MissingTranslationOrmEntity } from './infrastructure/templates/missing-translation.orm-entity';
import { MissingTranslationTypeOrmLog } from './infrastructure/templates/missing-translation.typeorm-log';
import { ShippedTemplatesSeeder } from './infrastructure/templates/shipped-templates.seeder';
import { TemplateVersionOrmEntity } from './infrastructure/templates/template-version.orm-entity';
import { TemplateVersionTypeOrmRepository } from './infrastructure/templates/template-version.typeorm-repository';

/**
 * Templates per locale: ICU MessageFormat texts, locale fallback chains, versions with approval status,
 * and the renderer the delivery pipeline uses (`TemplateRenderer`).
 */
@Module({
  controllers: [TemplateController],
  providers: [
    { provide: TemplateRenderer, useClass: IcuTemplateRenderer },
    { provide: TemplateVersionRepository, useClass: TemplateVersionTypeOrmRepository },
    { provide: MissingTranslationLog, useClass: MissingTranslationTypeOrmLog },
    TemplateQueries,
    CreateTemplateVersionUseCase,
    ApproveTemplateVersionUseCase,
    ShippedTemplatesSeeder,
  ],
  exports: [TemplateRenderer],
})
export class NotificationTemplatesModule {}

/** ORM entities and migrations of this module, added to the service descriptor. */
export const templateEntities: (new () => object)[] = [TemplateVersionOrmEntity, MissingTranslationOrmEntity];
export const templateMigrations: (new () => MigrationInterface)[] = [CreateTemplateVersions1764000000100];
