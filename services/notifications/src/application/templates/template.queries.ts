import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import {
  TEMPLATE_CATALOG,
  TEMPLATE_CATALOG_KEYS,
  isCatalogTemplateKey,
  type TemplateDefinition,
} from '../../domain/templates/template-catalog';
import type { TemplateVersion } from '../../domain/templates/template-version';
import { MissingTranslationLog, type MissingTranslationPage } from './missing-translation.log';
import { TemplateVersionRepository, type TemplateLocaleSummary } from './template-version.repository';

export interface TemplateSummary {
  definition: TemplateDefinition;
  locales: TemplateLocaleSummary[];
}

export interface TemplateSummaryPage {
  items: TemplateSummary[];
  /** The key after which the next page starts. */
  nextAfter?: string;
}

@Injectable()
export class TemplateQueries {
  constructor(
    private readonly versions: TemplateVersionRepository,
    private readonly missing: MissingTranslationLog,
  ) {}

  /** Templates in key order, each with its locales' latest and latest approved versions. */
  async list(limit: number, after?: string): Promise<TemplateSummaryPage> {
    const keys = [...TEMPLATE_CATALOG_KEYS].sort().filter((key) => after === undefined || key > after);
    const page = keys.slice(0, limit);
    const summaries = await this.versions.summaries(page);
    return {
      items: page.map((key) => ({ definition: TEMPLATE_CATALOG[key], locales: summaries.get(key) ?? [] })),
      ...(keys.length > limit ? { nextAfter: page.at(-1) } : {}),
    };
  }

  async get(templateKey: string): Promise<{ definition: TemplateDefinition; versions: TemplateVersion[] }> {
    if (!isCatalogTemplateKey(templateKey)) {
      throw new NotFoundError('TEMPLATE_NOT_FOUND', `no template ${templateKey}`);
    }
    return { definition: TEMPLATE_CATALOG[templateKey], versions: await this.versions.list(templateKey) };
  }

  missingTranslations(limit: number, cursor?: string): Promise<MissingTranslationPage> {
    return this.missing.list(limit, cursor);
  }
}
