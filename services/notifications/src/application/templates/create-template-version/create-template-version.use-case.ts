import { Injectable } from '@nestjs/common';
import { Clock, DomainError, canonicalizeLocale } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { TEMPLATE_CATALOG, isCatalogTemplateKey } from '../../../domain/templates/template-catalog';
import { checkTemplateTexts } from '../../../domain/templates/template-text';
import type { TemplateVersion } from '../../../domain/templates/template-version';
import { TemplateVersionRepository } from '../template-version.repository';
import type { CreateTemplateVersionCommand } from './create-template-version.command';

/** A new text for one locale of a template, stored as a draft: it is sent only once approved. */
@Injectable()
export class CreateTemplateVersionUseCase {
  constructor(
    private readonly versions: TemplateVersionRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: CreateTemplateVersionCommand): Promise<TemplateVersion> {
    if (!isCatalogTemplateKey(command.templateKey)) {
      throw new DomainError('TEMPLATE_NOT_FOUND', 'not-found', `no template ${command.templateKey}`);
    }
    const locale = canonicalizeLocale(command.locale);
    if (!locale)
      throw new DomainError('TEMPLATE_LOCALE_INVALID', 'invalid', `${command.locale} is not BCP 47`);
    const problems = checkTemplateTexts(TEMPLATE_CATALOG[command.templateKey], locale, command.texts);
    if (problems.length) {
      throw new DomainError(
        'TEMPLATE_TEXT_INVALID',
        'invalid',
        problems.map((p) => `${p.field} ${p.detail}`).join('; '),
        { problems },
      );
    }
    return this.transactions.run(async () => {
      const version = await this.versions.addDraft({
        templateKey: command.templateKey,
        locale,
        texts: command.texts,
        authoredBy: command.author,
        createdAt: this.clock.now(),
      });
      await this.audit.record({
        action: 'template.version-created',
        resourceType: 'template',
        resourceId: `${command.templateKey}/${locale}/${version.snapshot.version}`,
        outcome: 'success',
      });
      return version;
    });
  }
}
