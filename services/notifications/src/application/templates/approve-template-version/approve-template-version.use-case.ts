import { Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError, canonicalizeLocale } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import type { TemplateVersion } from '../../../domain/templates/template-version';
import { TemplateVersionRepository } from '../template-version.repository';
import type { ApproveTemplateVersionCommand } from './approve-template-version.command';

/** The checker's approval: from now on this version is the one sent for its locale (if latest). */
@Injectable()
export class ApproveTemplateVersionUseCase {
  constructor(
    private readonly versions: TemplateVersionRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: ApproveTemplateVersionCommand): Promise<TemplateVersion> {
    const locale = canonicalizeLocale(command.locale);
    if (!locale)
      throw new DomainError('TEMPLATE_LOCALE_INVALID', 'invalid', `${command.locale} is not BCP 47`);
    return this.transactions.run(async () => {
      const version = await this.versions.findForUpdate(command.templateKey, locale, command.version);
      if (!version) {
        throw new NotFoundError(
          'TEMPLATE_VERSION_NOT_FOUND',
          `no version ${command.version} of ${command.templateKey} for ${locale}`,
        );
      }
      version.approve(command.approver, this.clock.now());
      await this.versions.saveApproval(version);
      await this.audit.record({
        action: 'template.version-approved',
        resourceType: 'template',
        resourceId: `${command.templateKey}/${locale}/${command.version}`,
        outcome: 'success',
      });
      return version;
    });
  }
}
