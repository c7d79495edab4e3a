import { Complaint, TRANSITIONS, type ComplaintIntake } from './complaint';
import { RegulatoryClock } from './regulatory-clock/regulatory-clock';

const engine = new RegulatoryClock();
const intake: ComplaintIntake = {
  customerId: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
  submittedVia: 'phone',
  receivedAt: new Date('2022-12-23T10:00:00Z'),
  jurisdiction: 'GB',
  language: 'en-GB',
  product: 'Mortgage',
  issue: 'Trouble during payment process',
  description: 'My payment was taken twice.',
  desiredOutcome: 'Refund the second payment.',
  narrativePublicationConsent: false,
  hasLegalOrRegulatoryImpact: false,
};

function received(overrides: Partial<ComplaintIntake> = {}): Complaint {
  return Complaint.receive(
    'c1',
    { ...intake, ...overrides },
    { regime: overrides.jurisdiction === 'CN' ? 'cn-nfra' : 'uk-fca-disp', source: 'rules' },
    engine,
    new Date('2022-12-23T10:00:00Z'),
  );
}

const response = {
  outcome: 'upheld' as const,
  redress: { type: 'monetary' as const, amount: '150.50', currency: 'GBP' },
  companyResponse: 'Closed with monetary relief',
};

describe('complaint state machine', () => {
  it('walks received → acknowledged → investigating → resolved → closed, recording milestones on time', () => {
    const complaint = received();
    expect(complaint.acknowledge(new Date('2023-01-04T17:00:00Z'), 'staff-1')).toEqual([
      { milestone: 'acknowledgement', deadline: '2023-01-04', isOnTime: true },
    ]);
    complaint.startInvestigation(new Date('2023-01-05T09:00:00Z'), 'staff-1');
    expect(complaint.resolve(response, new Date('2023-02-18T09:00:00Z'), 'staff-1')).toBe('resolved');
    expect(complaint.snapshot.resolution).toMatchObject({ isOnTime: false, redress: response.redress });
    complaint.close(
      'process-failure',
      'Duplicate debit from a batch rerun.',
      new Date('2023-02-20T09:00:00Z'),
      'staff-1',
    );
    const s = complaint.snapshot;
    expect(s.status).toBe('closed');
    expect(s.history.map((h) => `${h.from}→${h.to}`)).toEqual([
      'received→acknowledged',
      'acknowledged→investigating',
      'investigating→resolved',
      'resolved→closed',
    ]);
    expect(s.history[2]?.milestones).toEqual([
      { milestone: 'summaryResolution', deadline: '2022-12-30', isOnTime: false },
      { milestone: 'finalResponse', deadline: '2023-02-17', isOnTime: false },
    ]);
  });

  it.each([
    ['close', 'received'],
    ['investigate', 'received'],
    ['send-holding-response', 'acknowledged'],
    ['reopen', 'investigating'],
  ])('refuses %s from %s with COMPLAINT_ILLEGAL_TRANSITION', (action, status) => {
    expect(TRANSITIONS[action as keyof typeof TRANSITIONS].from).not.toContain(status);
  });

  it('refuses closing an unresolved complaint and acknowledging twice', () => {
    const complaint = received();
    expect(() => complaint.close('process-failure', 'x', new Date(), 'staff-1')).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_ILLEGAL_TRANSITION', kind: 'conflict' }),
    );
    complaint.acknowledge(new Date('2022-12-28T10:00:00Z'), 'staff-1');
    expect(() => complaint.acknowledge(new Date('2022-12-28T11:00:00Z'), 'staff-1')).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_ILLEGAL_TRANSITION' }),
    );
  });

  it('needs a known root cause and findings to close', () => {
    const complaint = received();
    complaint.resolve(response, new Date('2022-12-28T10:00:00Z'), 'staff-1');
    expect(() => complaint.close('bad-luck', 'findings', new Date(), 'staff-1')).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_ROOT_CAUSE_UNKNOWN' }),
    );
    expect(() => complaint.close('system-error', '  ', new Date(), 'staff-1')).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_FINDINGS_REQUIRED' }),
    );
  });

  it('a summary resolution within three business days is on time for the summary milestone', () => {
    const complaint = received();
    complaint.resolve(response, new Date('2022-12-30T16:00:00Z'), 'staff-1');
    expect(complaint.snapshot.history[0]?.milestones).toContainEqual({
      milestone: 'summaryResolution',
      deadline: '2022-12-30',
      isOnTime: true,
    });
  });

  it('reopening restarts the clock from the day of reopening', () => {
    const complaint = received();
    complaint.resolve(response, new Date('2022-12-28T10:00:00Z'), 'staff-1');
    complaint.reopen(engine, 'new evidence', new Date('2023-03-01T10:00:00Z'), 'staff-1');
    expect(complaint.snapshot.status).toBe('reopened');
    expect(complaint.snapshot.resolution).toBeUndefined();
    expect(complaint.deadlines.finalResponse).toBe('2023-04-26');
  });
});

describe('fair investigation', () => {
  const involved = new Set(['staff-9']);

  it('refuses a handler involved in the complained-about interaction', () => {
    expect(() => received().assign('staff-9', involved, new Date(), 'lead-1')).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_HANDLER_RECUSED', kind: 'conflict' }),
    );
  });

  it('needs a second, uninvolved person to approve the final response of a complaint with legal impact', () => {
    const complaint = received({ hasLegalOrRegulatoryImpact: true });
    expect(complaint.resolve(response, new Date('2022-12-28T10:00:00Z'), 'maker')).toBe('pending-approval');
    expect(complaint.snapshot.status).toBe('received');
    expect(() => complaint.approveResolution(new Date(), 'maker', involved)).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_APPROVAL_REQUIRES_SECOND_PERSON' }),
    );
    expect(() => complaint.approveResolution(new Date(), 'staff-9', involved)).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_HANDLER_RECUSED' }),
    );
    complaint.approveResolution(new Date('2022-12-29T10:00:00Z'), 'checker', involved);
    expect(complaint.snapshot.resolution).toMatchObject({ resolvedBy: 'maker', approvedBy: 'checker' });
  });

  it('refuses monetary redress without a positive amount', () => {
    expect(() =>
      received().resolve(
        { ...response, redress: { type: 'monetary', amount: '0', currency: 'GBP' } },
        new Date(),
        's',
      ),
    ).toThrow(expect.objectContaining({ code: 'COMPLAINT_REDRESS_INVALID' }));
  });
});

describe('cn-nfra extensions', () => {
  it('extends to 30 then 60 working days, each once and in order, with reason and approver', () => {
    const complaint = received({ jurisdiction: 'CN', receivedAt: new Date('2026-07-01T01:00:00Z') });
    expect(() =>
      complaint.extend(engine, 'special-approval', 'r', 'boss', new Set(), new Date('2026-07-10T01:00:00Z')),
    ).toThrow(expect.objectContaining({ code: 'COMPLAINT_EXTENSION_NOT_ALLOWED' }));
    expect(
      complaint.extend(
        engine,
        'complex-case',
        'needs branch records',
        'boss',
        new Set(),
        new Date('2026-07-10T01:00:00Z'),
      ),
    ).toEqual({
      milestone: 'response',
      previousDeadline: '2026-07-22',
      newDeadline: '2026-08-12',
      ground: 'complex-case',
    });
    expect(
      complaint.extend(
        engine,
        'special-approval',
        'court records',
        'head',
        new Set(),
        new Date('2026-08-01T01:00:00Z'),
      ).newDeadline,
    ).toBe('2026-09-23');
    expect(complaint.snapshot.extensions.map((e) => [e.ground, e.approvedBy])).toEqual([
      ['complex-case', 'boss'],
      ['special-approval', 'head'],
    ]);
  });

  it('refuses an extension the regime does not have', () => {
    expect(() => received().extend(engine, 'complex-case', 'r', 'boss', new Set(), new Date())).toThrow(
      expect.objectContaining({ code: 'COMPLAINT_EXTENSION_NOT_ALLOWED' }),
    );
  });
});
