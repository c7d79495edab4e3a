import { DomainError } from '@crm/kernel';
import type { TemplateTexts } from '../../domain/templates/template-text';
import { TemplateVersion } from '../../domain/templates/template-version';
import { IcuTemplateRenderer } from './icu-template-renderer';
import { MissingTranslationLog, type MissingTranslationPage } from './missing-translation.log';
import type { RenderRequest } from './template-renderer';
import { TemplateVersionRepository } from './template-version.repository';

class InMemoryVersions extends TemplateVersionRepository {
  constructor(readonly versions: TemplateVersion[]) {
    super();
  }
  async latestApproved(templateKey: string) {
    const latest = new Map<string, TemplateVersion>();
    for (const v of this.versions) {
      const s = v.snapshot;
      const current = latest.get(s.locale);
      if (
        s.templateKey === templateKey &&
        v.isApproved &&
        (!current || current.snapshot.version < s.version)
      ) {
        latest.set(s.locale, v);
      }
    }
    return [...latest.values()];
  }
  list = () => Promise.reject(new Error('not used'));
  summaries = () => Promise.reject(new Error('not used'));
  findForUpdate = () => Promise.reject(new Error('not used'));
  addDraft = () => Promise.reject(new Error('not used'));
  saveApproval = () => Promise.reject(new Error('not used'));
  seed = () => Promise.reject(new Error('not used'));
}

class RecordingLog extends MissingTranslationLog {
  readonly recorded: string[] = [];
  async record(templateKey: string, requestedLocale: string, servedLocale: string) {
    this.recorded.push(`${templateKey} ${requestedLocale} → ${servedLocale}`);
  }
  list = (): Promise<MissingTranslationPage> => Promise.resolve({ items: [] });
}

const text = (subject: string): TemplateTexts => ({ formal: { subject, body: '{greeting}\n\n' + subject } });
const version = (locale: string, n: number, status: 'draft' | 'approved', subject: string) =>
  TemplateVersion.restore({
    templateKey: 'hardship-arrangement-ended',
    locale,
    version: n,
    status,
    texts: text(subject),
    authoredBy: 'author',
    createdAt: new Date(0),
    ...(status === 'approved' ? { approvedBy: 'checker', approvedAt: new Date(0) } : {}),
  });

const request = (locale: string): RenderRequest => ({
  templateKey: 'hardship-arrangement-ended',
  locale,
  purpose: 'collections',
  recipient: { timeZone: 'UTC' },
  params: {},
});

describe('IcuTemplateRenderer', () => {
  it('sends the latest approved version of the customer’s locale, never a newer draft', async () => {
    const log = new RecordingLog();
    const renderer = new IcuTemplateRenderer(
      new InMemoryVersions([
        version('en', 1, 'approved', 'Ended'),
        version('fr', 1, 'approved', 'Terminé v1'),
        version('fr', 2, 'approved', 'Terminé v2'),
        version('fr', 3, 'draft', 'Terminé brouillon'),
      ]),
      log,
    );
    expect(await renderer.render(request('fr-CA'))).toMatchObject({
      locale: 'fr',
      templateVersion: 2,
      subject: 'Terminé v2',
      fellBack: false,
    });
    expect(log.recorded).toEqual([]);
  });

  it('falls back to the default locale visibly when the customer’s has only a draft', async () => {
    const log = new RecordingLog();
    const renderer = new IcuTemplateRenderer(
      new InMemoryVersions([version('en', 1, 'approved', 'Ended'), version('vi', 1, 'draft', 'Đã kết thúc')]),
      log,
    );
    expect(await renderer.render(request('vi-VN'))).toMatchObject({ locale: 'en', fellBack: true });
    expect(log.recorded).toEqual(['hardship-arrangement-ended vi-VN → en']);
  });

  it('refuses to send when nothing along the chain is approved', async () => {
    const renderer = new IcuTemplateRenderer(
      new InMemoryVersions([version('en', 1, 'draft', 'Ended')]),
      new RecordingLog(),
    );
    await expect(renderer.render(request('en'))).rejects.toEqual(
      expect.objectContaining({ code: 'TEMPLATE_NOT_APPROVED' }) as DomainError,
    );
  });
});
