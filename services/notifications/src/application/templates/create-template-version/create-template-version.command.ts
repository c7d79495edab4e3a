import type { TemplateTexts } from '../../../domain/templates/template-text';

export interface CreateTemplateVersionCommand {
  templateKey: string;
  locale: string;
  texts: TemplateTexts;
  /** The author (token subject): may not approve this version. */
  author: string;
}
