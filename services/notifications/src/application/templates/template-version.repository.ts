import type { TemplateTexts } from '../../domain/templates/template-text';
import type { TemplateVersion } from '../../domain/templates/template-version';

export interface NewTemplateDraft {
  templateKey: string;
  locale: string;
  texts: TemplateTexts;
  authoredBy: string;
  createdAt: Date;
}

export interface TemplateLocaleSummary {
  locale: string;
  latestVersion: number;
  /** Undefined when no version of this locale is approved yet. */
  latestApprovedVersion?: number;
}

/** Port: template versions per template and locale. */
export abstract class TemplateVersionRepository {
  /** The latest approved version of each locale of a template. */
  abstract latestApproved(templateKey: string): Promise<TemplateVersion[]>;
  /** Every version of a template, by locale then version. */
  abstract list(templateKey: string): Promise<TemplateVersion[]>;
  abstract summaries(templateKeys: readonly string[]): Promise<Map<string, TemplateLocaleSummary[]>>;
  /** Locks the version for the rest of the transaction. */
  abstract findForUpdate(
    templateKey: string,
    locale: string,
    version: number,
  ): Promise<TemplateVersion | undefined>;
  /** Stores a draft as the next version number of its template and locale. */
  abstract addDraft(draft: NewTemplateDraft): Promise<TemplateVersion>;
  abstract saveApproval(version: TemplateVersion): Promise<void>;
  /** Inserts each shipped version unless its template and locale already have versions; returns how many. */
  abstract seed(versions: readonly TemplateVersion[]): Promise<number>;
}
