import type { BehaviouralSignals } from './behavioural-signals';
import { DEFAULT_SEGMENTATION_RULES as rules } from './default-segmentation-rules';
import { assess, assignSegment, bandOf, scoreChurnRisk } from './rules-evaluator';
import { parseSegmentationRules, segmentationRulesProblems } from './segmentation-rules';

const quiet: BehaviouralSignals = {
  productsEver: 1,
  openProducts: 1,
  closedProducts: 0,
  daysSinceFirstProduct: 400,
  balances: { EUR: '5000.00' },
  openComplaints: 0,
  escalatedComplaints: 0,
  missedPaymentsLast365Days: 0,
  maxDaysPastDue: 0,
  hardshipRequestsLast365Days: 0,
  daysSinceLastActivity: 10,
  interactionsLast30Days: 1,
  interactionsLast90Days: 2,
  interactionsPrevious90Days: 2,
  interactionTrendPercent: 0,
  lastCsat: null,
  lastNps: null,
};
const signals = (change: Partial<BehaviouralSignals>): BehaviouralSignals => ({ ...quiet, ...change });

describe('segmentation rules evaluator', () => {
  it('puts an established customer repaying as agreed in active / standard / low risk / medium engagement', () => {
    const { segments } = assess(rules, quiet);
    expect(segments['lifecycle-stage']).toEqual({ segment: 'active', reasons: ['ACTIVE_RELATIONSHIP'] });
    expect(segments['value-tier']).toEqual({ segment: 'standard', reasons: ['HAS_OPEN_PRODUCT'] });
    expect(segments['risk-level']).toEqual({ segment: 'low', reasons: ['REPAYING_AS_AGREED'] });
    expect(segments.engagement).toEqual({ segment: 'medium', reasons: ['INTERACTIONS_2_PLUS_90_DAYS'] });
  });

  it('takes the first matching rule and reports the reasons of every condition that held', () => {
    const stage = assignSegment(
      rules.dimensions['lifecycle-stage'],
      signals({ missedPaymentsLast365Days: 1, openComplaints: 1, daysSinceLastActivity: 200 }),
    );
    expect(stage).toEqual({ segment: 'at-risk', reasons: ['PAYMENT_MISSED', 'COMPLAINT_OPEN'] });
  });

  it('tells prospects, newcomers, dormant and churned customers apart', () => {
    const stage = (change: Partial<BehaviouralSignals>) =>
      assignSegment(rules.dimensions['lifecycle-stage'], signals(change)).segment;
    expect(stage({ productsEver: 0, openProducts: 0, daysSinceFirstProduct: null })).toBe('prospect');
    expect(stage({ daysSinceFirstProduct: 10 })).toBe('onboarding');
    expect(stage({ daysSinceLastActivity: 180 })).toBe('dormant');
    expect(stage({ daysSinceLastActivity: 179 })).toBe('active');
    expect(stage({ openProducts: 0, closedProducts: 1 })).toBe('churned');
  });

  it('reaches a value tier through the balance in any listed currency, compared as decimals', () => {
    const tier = (balances: Record<string, string>) =>
      assignSegment(rules.dimensions['value-tier'], signals({ balances })).segment;
    expect(tier({ EUR: '99999.99' })).toBe('plus');
    expect(tier({ EUR: '100000.00' })).toBe('premier');
    expect(tier({ CNY: '800000' })).toBe('premier');
    expect(tier({ JPY: '99999999' })).toBe('standard');
  });

  it('never matches a condition on a signal that has no value yet', () => {
    expect(
      assignSegment(rules.dimensions['lifecycle-stage'], signals({ daysSinceLastActivity: null })).segment,
    ).toBe('active');
  });
});

describe('churn-risk scoring', () => {
  it('scores a quiet customer 0, in the low band, with no reasons', () => {
    expect(scoreChurnRisk(rules, quiet)).toEqual({ score: 0, band: 'low', reasons: [] });
  });

  it('adds the points of every factor present, largest first', () => {
    const risk = scoreChurnRisk(
      rules,
      signals({ openComplaints: 1, escalatedComplaints: 1, lastCsat: 2, lastNps: 3 }),
    );
    expect(risk).toEqual({
      score: 20 + 25 + 15 + 10,
      band: 'high',
      reasons: ['COMPLAINT_ESCALATED', 'COMPLAINT_OPEN', 'LOW_CSAT', 'LOW_NPS'],
    });
  });

  it('scales per-unit factors up to their cap, and caps the score at 100', () => {
    expect(scoreChurnRisk(rules, signals({ missedPaymentsLast365Days: 1 })).score).toBe(15);
    expect(scoreChurnRisk(rules, signals({ missedPaymentsLast365Days: 5 })).score).toBe(30);
    const everything = signals({
      openComplaints: 4,
      escalatedComplaints: 2,
      missedPaymentsLast365Days: 4,
      lastCsat: 1,
      lastNps: 0,
      interactionTrendPercent: -100,
      daysSinceLastActivity: 120,
    });
    expect(scoreChurnRisk(rules, everything)).toMatchObject({ score: 100, band: 'critical' });
  });

  it('counts CSAT up to 2 and NPS up to 6 as low, and nothing above', () => {
    expect(scoreChurnRisk(rules, signals({ lastCsat: 3, lastNps: 7 })).score).toBe(0);
    expect(scoreChurnRisk(rules, signals({ lastCsat: 2, lastNps: 6 })).reasons).toEqual([
      'LOW_CSAT',
      'LOW_NPS',
    ]);
  });

  it('flags activity falling by half or more against the previous 90 days', () => {
    expect(scoreChurnRisk(rules, signals({ interactionTrendPercent: -50 })).reasons).toEqual([
      'ACTIVITY_FALLING',
    ]);
    expect(scoreChurnRisk(rules, signals({ interactionTrendPercent: -49 })).reasons).toEqual([]);
  });

  it('maps scores to bands at the configured floors', () => {
    const floors = rules.churnRisk.bandFloors;
    expect([0, 24, 25, 49, 50, 74, 75, 100].map((score) => bandOf(score, floors))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('rules document validation', () => {
  it('accepts the default rules', () => {
    expect(segmentationRulesProblems(rules)).toEqual([]);
  });

  it('refuses a rule that names anything but a behavioural signal', () => {
    const tampered = structuredClone(rules) as unknown as {
      dimensions: Record<string, { all?: unknown[] }[]>;
    };
    tampered.dimensions['risk-level']?.unshift({
      segment: 'high',
      all: [{ signal: 'nationality', gte: 0 }],
    } as never);
    expect(() => parseSegmentationRules(tampered)).toThrow(/nationality is not a behavioural signal/);
  });

  it('names every problem: missing default rule, bad bands, unknown dimension', () => {
    const broken = {
      version: '',
      dimensions: {
        ...rules.dimensions,
        engagement: [{ segment: 'high', all: [{ signal: 'interactionsLast90Days', gte: 1 }] }],
        language: [{ segment: 'x' }],
      },
      churnRisk: { factors: [], bandFloors: { low: 0, medium: 50, high: 40, critical: 90 } },
    };
    expect(segmentationRulesProblems(broken)).toEqual([
      'version: must be a non-empty string',
      'dimensions.engagement: the last rule must have no conditions (the default)',
      'dimensions: unknown dimensions language',
      'churnRisk.bandFloors: low must be 0 and each band must start above the one before',
    ]);
  });
});
