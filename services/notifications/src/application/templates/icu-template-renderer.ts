import { Injectable } from '@nestjs/common';
import { DomainError } from '@crm/kernel';
import { resolveLocale } from '../../domain/templates/locale-resolution';
import { renderMessage } from '../../domain/templates/render-message';
import { DEFAULT_LOCALE, greetingFor } from '../../domain/templates/shipped-texts';
import { TEMPLATE_CATALOG, isCatalogTemplateKey } from '../../domain/templates/template-catalog';
import { MissingTranslationLog } from './missing-translation.log';
import { TemplateRenderer, type RenderRequest, type RenderedMessage } from './template-renderer';
import { TemplateVersionRepository } from './template-version.repository';

/**
 * Renders the latest approved version of a template in the customer's locale, walking the BCP 47
 * fallback chain. Drafts are never sent, whatever the purpose: `collections` and legal notices
 * (complaint final response, escalation rights) need an approved text by regulation (e.g. Reg F
 * validation notices, FCA DISP 1.6 final responses), and nothing else is sent unreviewed either.
 */
@Injectable()
export class IcuTemplateRenderer extends TemplateRenderer {
  constructor(
    private readonly versions: TemplateVersionRepository,
    private readonly missing: MissingTranslationLog,
  ) {
    super();
  }

  async render(request: RenderRequest): Promise<RenderedMessage> {
    if (!isCatalogTemplateKey(request.templateKey)) {
      throw new DomainError('TEMPLATE_NOT_FOUND', 'not-found', `no template ${request.templateKey}`);
    }
    const definition = TEMPLATE_CATALOG[request.templateKey];
    const approved = await this.versions.latestApproved(request.templateKey);
    const resolution = resolveLocale(
      request.locale,
      approved.map((v) => v.snapshot.locale),
      DEFAULT_LOCALE,
    );
    const chosen = approved.find((v) => v.snapshot.locale === resolution.locale);
    if (!chosen) {
      throw new DomainError(
        'TEMPLATE_NOT_APPROVED',
        'conflict',
        `${request.templateKey} has no approved version for ${request.locale} nor its fallbacks (${resolution.chain.join(' → ')})`,
      );
    }
    const version = chosen.snapshot;
    const text = renderMessage({
      definition,
      texts: version.texts,
      textLocale: version.locale,
      requestedLocale: request.locale,
      style: request.communicationStyle,
      addressAs: request.recipient.addressAs,
      timeZone: request.recipient.timeZone,
      params: request.params,
      greeting: greetingFor(version.locale),
    });
    if (resolution.fellBack) {
      await this.missing.record(request.templateKey, request.locale, version.locale, resolution.chain);
    }
    return {
      templateKey: request.templateKey,
      templateVersion: version.version,
      locale: version.locale,
      fellBack: resolution.fellBack,
      subject: text.subject,
      body: text.body,
      direction: text.direction,
    };
  }
}
