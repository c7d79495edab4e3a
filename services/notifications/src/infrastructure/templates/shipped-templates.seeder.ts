import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { TemplateVersionRepository } from '../../application/templates/template-version.repository';
import { SHIPPED_TEXTS } from '../../domain/templates/shipped-texts';
import { TEMPLATE_CATALOG_KEYS } from '../../domain/templates/template-catalog';
import { TemplateVersion } from '../../domain/templates/template-version';

/**
 * Seeds the shipped texts as approved version 1 at start, idempotently: only templates and locales
 * without any version get one, so a locale added in a later release is seeded on its first start and
 * texts changed through the API are never overwritten.
 */
@Injectable()
export class ShippedTemplatesSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('templates');

  constructor(
    private readonly versions: TemplateVersionRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const at = this.clock.now();
    const shipped = SHIPPED_TEXTS.flatMap((locale) =>
      TEMPLATE_CATALOG_KEYS.map((key) =>
        TemplateVersion.shipped(key, locale.locale, locale.templates[key], at),
      ),
    );
    const inserted = await this.transactions.run(() => this.versions.seed(shipped));
    if (inserted) this.logger.log(`seeded ${inserted} shipped template texts as approved version 1`);
  }
}
