import { Complaint, type ComplaintIntake } from './complaint';
import { cfpbRows, complaintInsights, fcaComplaintsReturn } from './complaint-reports';
import { RegulatoryClock } from './regulatory-clock/regulatory-clock';
import { selectRegime } from './regulatory-clock/regime-rules';
import { parseJurisdiction } from './regulatory-clock/jurisdiction';

const engine = new RegulatoryClock();

function complaint(id: string, overrides: Partial<ComplaintIntake>): Complaint {
  const intake: ComplaintIntake = {
    customerId: 'customer-1',
    submittedVia: 'web',
    receivedAt: new Date('2026-03-02T10:00:00Z'),
    jurisdiction: 'GB',
    language: 'en-GB',
    product: 'Mortgage',
    issue: 'Trouble during payment process',
    description: 'text',
    desiredOutcome: 'text',
    narrativePublicationConsent: false,
    hasLegalOrRegulatoryImpact: false,
    ...overrides,
  };
  const jurisdiction = parseJurisdiction(intake.jurisdiction);
  const regime = jurisdiction && selectRegime(jurisdiction, intake.product);
  if (!regime) throw new Error('no regime');
  return Complaint.receive(id, intake, regime, engine, intake.receivedAt);
}

const monetary = (amount: string, currency = 'GBP') => ({
  outcome: 'upheld' as const,
  redress: { type: 'monetary' as const, amount, currency },
  companyResponse: 'Closed with monetary relief',
});

describe('FCA complaints return', () => {
  it('sums redress per currency keeping the written scale, and counts shares over closed complaints', () => {
    const a = complaint('a', {});
    a.resolve(monetary('100.50'), new Date('2026-03-05T16:00:00Z'), 's');
    const b = complaint('b', {});
    b.resolve(monetary('0.5'), new Date('2026-03-06T16:00:00Z'), 's');
    const c = complaint('c', {});
    c.resolve(monetary('10', 'EUR'), new Date('2026-05-01T10:00:00Z'), 's');
    expect(fcaComplaintsReturn([a, b, c], engine, '2026-03-01', '2026-03-31')).toEqual([
      {
        productGroup: 'Home finance',
        opened: 3,
        closed: 2,
        // Mon 2 Mar + 3 business days = Thu 5 Mar: a in time, b (Fri 6 Mar) not.
        closedWithin3BusinessDays: '0.5000',
        closedWithin8Weeks: '1.0000',
        upheld: '1.0000',
        redressPaid: [{ currency: 'GBP', amount: '101.00' }],
      },
    ]);
  });
});

describe('CFPB rows', () => {
  it('reports timeliness only once the response is given or its deadline has passed', () => {
    const open = complaint('open', { jurisdiction: 'US', receivedAt: new Date('2026-03-02T15:00:00Z') });
    const before = cfpbRows([open], 'Bank', '2026-03-01', '2026-03-31', new Date('2026-03-17T12:00:00Z'));
    const after = cfpbRows([open], 'Bank', '2026-03-01', '2026-03-31', new Date('2026-03-18T12:00:00Z'));
    expect([before[0]?.[15], after[0]?.[15]]).toEqual(['', 'No']);
    expect(before[0]?.[14]).toBe('In progress');
  });
});

describe('insights', () => {
  it('groups by language with volumes and rates', () => {
    const zh = complaint('zh', { language: 'zh-Hans' });
    zh.resolve(monetary('1'), new Date('2026-03-03T10:00:00Z'), 's');
    const en = complaint('en', {});
    expect(complaintInsights([zh, en], 'language')).toEqual([
      { key: 'en-GB', received: 1, resolved: 0, resolvedOnTime: null, upheld: null },
      { key: 'zh-Hans', received: 1, resolved: 1, resolvedOnTime: '1.0000', upheld: '1.0000' },
    ]);
  });
});
