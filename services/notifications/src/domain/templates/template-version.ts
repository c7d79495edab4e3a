import { DomainError } from '@crm/kernel';
import type { TemplateTexts } from './template-text';

export type TemplateVersionStatus = 'draft' | 'approved';

export interface TemplateVersionSnapshot {
  templateKey: string;
  locale: string;
  /** Numbered per template and locale, from 1. */
  version: number;
  status: TemplateVersionStatus;
  texts: TemplateTexts;
  authoredBy: string;
  createdAt: Date;
  approvedBy?: string;
  approvedAt?: Date;
}

/** Who ships the texts in code: reviewed in code review, seeded approved. */
export const SHIPPED_BY = 'shipped-with-service';

/**
 * One locale's version of a template. A version's text never changes once written; it becomes
 * sendable only when a second person approves it (maker–checker, as for any customer communication
 * a bank's compliance function signs off).
 */
export class TemplateVersion {
  private constructor(private state: TemplateVersionSnapshot) {}

  static restore(snapshot: TemplateVersionSnapshot): TemplateVersion {
    return new TemplateVersion({ ...snapshot });
  }

  static shipped(templateKey: string, locale: string, texts: TemplateTexts, at: Date): TemplateVersion {
    return new TemplateVersion({
      templateKey,
      locale,
      version: 1,
      status: 'approved',
      texts,
      authoredBy: SHIPPED_BY,
      createdAt: at,
      approvedBy: SHIPPED_BY,
      approvedAt: at,
    });
  }

  get snapshot(): Readonly<TemplateVersionSnapshot> {
    return this.state;
  }

  get isApproved(): boolean {
    return this.state.status === 'approved';
  }

  approve(approver: string, at: Date): void {
    if (this.state.status === 'approved') {
      throw new DomainError(
        'TEMPLATE_VERSION_ALREADY_APPROVED',
        'conflict',
        `version ${this.state.version} of ${this.state.templateKey} (${this.state.locale}) is already approved`,
      );
    }
    if (approver === this.state.authoredBy) {
      throw new DomainError(
        'TEMPLATE_APPROVER_IS_AUTHOR',
        'forbidden',
        'a template version must be approved by someone other than its author (maker–checker)',
      );
    }
    this.state = { ...this.state, status: 'approved', approvedBy: approver, approvedAt: at };
  }
}
