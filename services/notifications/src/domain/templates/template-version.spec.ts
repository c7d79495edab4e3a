import { DomainError } from '@crm/kernel';
import { TemplateVersion } from './template-version';

const draft = () =>
  TemplateVersion.restore({
    templateKey: 'welcome',
    locale: 'pt-PT',
    version: 2,
    status: 'draft',
    texts: { formal: { subject: 'Bem-vindo', body: '{greeting}' } },
    authoredBy: 'translator-ines',
    createdAt: new Date('2026-03-01T10:00:00Z'),
  });

describe('a template version', () => {
  it('is approved by a second person, who is recorded with the time', () => {
    const version = draft();
    version.approve('compliance-rui', new Date('2026-03-02T09:00:00Z'));
    expect(version.isApproved).toBe(true);
    expect(version.snapshot).toMatchObject({
      status: 'approved',
      approvedBy: 'compliance-rui',
      approvedAt: new Date('2026-03-02T09:00:00Z'),
    });
  });

  it('cannot be approved by its author (maker–checker)', () => {
    const version = draft();
    expect(() => version.approve('translator-ines', new Date())).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_APPROVER_IS_AUTHOR', kind: 'forbidden' }),
    );
    expect(version.isApproved).toBe(false);
  });

  it('cannot be approved twice', () => {
    const version = draft();
    version.approve('compliance-rui', new Date());
    const error = (() => {
      try {
        version.approve('compliance-ana', new Date());
      } catch (caught) {
        return caught as DomainError;
      }
      return undefined;
    })();
    expect(error?.code).toBe('TEMPLATE_VERSION_ALREADY_APPROVED');
    expect(version.snapshot.approvedBy).toBe('compliance-rui');
  });

  it('ships approved as version 1', () => {
    const shipped = TemplateVersion.shipped(
      'welcome',
      'en',
      { formal: { subject: 'x', body: 'y' } },
      new Date(0),
    );
    expect(shipped.snapshot).toMatchObject({ version: 1, status: 'approved' });
  });
});
