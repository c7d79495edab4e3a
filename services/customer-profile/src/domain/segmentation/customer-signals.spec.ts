import { NUMERIC_SIGNALS } from './behavioural-signals';
import { CustomerSignals } from './customer-signals';
import { DEFAULT_SEGMENTATION_RULES as rules } from './default-segmentation-rules';

const CUSTOMER = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
const LOAN = '0192f0c2-7b1e-7cc1-8a3e-ffffffffffff';
const DAY = 86_400_000;
const t0 = new Date('2026-03-01T00:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

function boarded() {
  const signals = CustomerSignals.start(CUSTOMER);
  signals.observe({
    kind: 'loan-boarded',
    loanId: LOAN,
    currency: 'EUR',
    principal: '10000.00',
    at: t0.toISOString(),
  });
  return signals;
}

describe('customer signals', () => {
  it('is a reviewed list of behavioural signals only', () => {
    // Changing this list is a fairness review (see behavioural-signals.ts), not a refactoring.
    expect([...NUMERIC_SIGNALS, 'balances'].sort()).toEqual(
      Object.keys(CustomerSignals.start(CUSTOMER).signalsAt(t0)).sort(),
    );
    for (const name of Object.keys(CustomerSignals.start(CUSTOMER).signalsAt(t0)))
      expect(name).not.toMatch(
        /locale|language|nation|country|cultur|festival|vulnerab|name|script|religion/i,
      );
  });

  it('announces every dimension that has a segment, and the churn band, on the first assessment', () => {
    const result = boarded().reassess(rules, t0);
    expect(result.segmentChanges).toEqual([
      { dimension: 'value-tier', from: null, to: 'standard', reasons: ['HAS_OPEN_PRODUCT'] },
      { dimension: 'lifecycle-stage', from: null, to: 'onboarding', reasons: ['NEW_RELATIONSHIP_90_DAYS'] },
      { dimension: 'risk-level', from: null, to: 'low', reasons: ['REPAYING_AS_AGREED'] },
    ]);
    // engagement is `none`: being in no segment before is no change, so it is not announced.
    expect(result.segmentChanges.map((change) => change.dimension)).not.toContain('engagement');
    expect(result.churnBandChange).toEqual({ score: 0, band: 'low', previousBand: null, reasons: [] });
  });

  it('announces only what changed, and a churn score moving inside its band not at all', () => {
    const signals = boarded();
    signals.reassess(rules, t0);
    signals.observe({ kind: 'survey-responded', nps: 5, at: at(1).toISOString() });
    const quietChange = signals.reassess(rules, at(1));
    expect(quietChange.segmentChanges).toEqual([]);
    expect(quietChange.churnBandChange).toBeNull();
    expect(signals.snapshot.assessment?.churnRisk).toEqual({ score: 10, band: 'low', reasons: ['LOW_NPS'] });

    signals.observe({ kind: 'complaint-received', complaintId: LOAN, at: at(2).toISOString() });
    const crossing = signals.reassess(rules, at(2));
    expect(crossing.segmentChanges).toEqual([
      { dimension: 'lifecycle-stage', from: 'onboarding', to: 'at-risk', reasons: ['COMPLAINT_OPEN'] },
    ]);
    expect(crossing.churnBandChange).toEqual({
      score: 30,
      band: 'medium',
      previousBand: 'low',
      reasons: ['COMPLAINT_OPEN', 'LOW_NPS'],
    });
  });

  it('counts a complaint once through escalation, resolution and closure, whatever the order', () => {
    const signals = boarded();
    const complaint = '0192f0c2-7b1e-7cc1-8a3e-eeeeeeeeeeee';
    signals.observe({ kind: 'complaint-received', complaintId: complaint, at: at(1).toISOString() });
    signals.observe({ kind: 'complaint-escalated', complaintId: complaint, at: at(2).toISOString() });
    expect(signals.signalsAt(at(2))).toMatchObject({ openComplaints: 1, escalatedComplaints: 1 });
    signals.observe({ kind: 'complaint-closed', complaintId: complaint, at: at(3).toISOString() });
    signals.observe({ kind: 'complaint-resolved', complaintId: complaint, at: at(3).toISOString() });
    signals.observe({ kind: 'complaint-escalated', complaintId: complaint, at: at(4).toISOString() });
    expect(signals.signalsAt(at(4))).toMatchObject({ openComplaints: 0, escalatedComplaints: 0 });
  });

  it('keeps balances per currency as decimals, and drops a loan from them when it closes', () => {
    const signals = boarded();
    const second = '0192f0c2-7b1e-7cc1-8a3e-000000000009';
    signals.observe({
      kind: 'loan-boarded',
      loanId: second,
      currency: 'EUR',
      principal: '0.10',
      at: t0.toISOString(),
    });
    signals.observe({
      kind: 'payment-received',
      loanId: LOAN,
      currency: 'EUR',
      outstanding: '9000.20',
      at: at(30).toISOString(),
    });
    expect(signals.signalsAt(at(30)).balances).toEqual({ EUR: '9000.3' });
    signals.observe({ kind: 'loan-closed', loanId: second, currency: 'EUR', at: at(31).toISOString() });
    expect(signals.signalsAt(at(31))).toMatchObject({
      balances: { EUR: '9000.2' },
      openProducts: 1,
      closedProducts: 1,
    });
  });

  it('ignores corrections and failed contact attempts when counting interactions', () => {
    const signals = boarded();
    signals.observe({
      kind: 'interaction-recorded',
      isCorrection: false,
      isContact: true,
      at: at(1).toISOString(),
    });
    signals.observe({
      kind: 'interaction-recorded',
      isCorrection: true,
      isContact: true,
      at: at(1).toISOString(),
    });
    signals.observe({
      kind: 'interaction-recorded',
      isCorrection: false,
      isContact: false,
      at: at(2).toISOString(),
    });
    expect(signals.signalsAt(at(2)).interactionsLast90Days).toBe(1);
  });

  it('sees activity fall and the customer go dormant as time passes, and says when to look again', () => {
    const signals = boarded();
    for (const day of [1, 2, 3, 4]) {
      signals.observe({
        kind: 'interaction-recorded',
        isCorrection: false,
        isContact: true,
        at: at(day).toISOString(),
      });
    }
    const first = signals.reassess(rules, at(4));
    // The first interaction leaves the 30-day window first.
    expect(first.nextReviewAt).toEqual(at(31));
    expect(signals.signalsAt(at(92))).toMatchObject({
      interactionsLast90Days: 2,
      interactionTrendPercent: 0,
    });
    expect(signals.signalsAt(at(120))).toMatchObject({
      interactionsLast90Days: 0,
      interactionTrendPercent: -100,
    });
    const later = signals.reassess(rules, at(184));
    expect(later.segmentChanges).toContainEqual({
      dimension: 'lifecycle-stage',
      from: 'onboarding',
      to: 'dormant',
      reasons: ['NO_ACTIVITY_180_DAYS'],
    });
  });
});
