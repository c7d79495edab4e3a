import type { SegmentationRules } from './segmentation-rules';

/**
 * The bank's segmentation and churn-risk rules: data, not code. An operator replaces them without a
 * release by pointing SEGMENTATION_RULES_FILE at a JSON document of the same shape (checked at start).
 * Conditions can only name behavioural signals (see behavioural-signals.ts): that is the fairness guard.
 * Value thresholds are per currency, since this service holds no exchange rates.
 */
export const DEFAULT_SEGMENTATION_RULES: SegmentationRules = {
  version: '2026-11-default',
  dimensions: {
    'value-tier': [
      {
        segment: 'premier',
        any: [
          {
            balanceAtLeast: { EUR: '100000', GBP: '85000', USD: '110000', CNY: '800000', HKD: '850000' },
            reason: 'BALANCE_PREMIER',
          },
          { signal: 'openProducts', gte: 3, reason: 'PRODUCTS_3_PLUS' },
        ],
      },
      {
        segment: 'plus',
        any: [
          {
            balanceAtLeast: { EUR: '20000', GBP: '17000', USD: '22000', CNY: '160000', HKD: '170000' },
            reason: 'BALANCE_PLUS',
          },
          { signal: 'openProducts', gte: 2, reason: 'PRODUCTS_2_PLUS' },
        ],
      },
      { segment: 'standard', all: [{ signal: 'openProducts', gte: 1 }], reasons: ['HAS_OPEN_PRODUCT'] },
      { segment: 'none', reasons: ['NO_OPEN_PRODUCT'] },
    ],
    'lifecycle-stage': [
      { segment: 'prospect', all: [{ signal: 'productsEver', lte: 0 }], reasons: ['NO_PRODUCT_YET'] },
      {
        segment: 'churned',
        all: [{ signal: 'openProducts', lte: 0 }],
        reasons: ['ALL_PRODUCTS_CLOSED'],
      },
      {
        segment: 'at-risk',
        any: [
          { signal: 'missedPaymentsLast365Days', gte: 1, reason: 'PAYMENT_MISSED' },
          { signal: 'maxDaysPastDue', gte: 30, reason: 'DPD_30_PLUS' },
          { signal: 'openComplaints', gte: 1, reason: 'COMPLAINT_OPEN' },
          { signal: 'escalatedComplaints', gte: 1, reason: 'COMPLAINT_ESCALATED' },
          { signal: 'lastCsat', lte: 2, reason: 'LOW_SURVEY_SCORE' },
        ],
      },
      {
        segment: 'dormant',
        all: [{ signal: 'daysSinceLastActivity', gte: 180, reason: 'NO_ACTIVITY_180_DAYS' }],
      },
      {
        segment: 'onboarding',
        all: [{ signal: 'daysSinceFirstProduct', lte: 89, reason: 'NEW_RELATIONSHIP_90_DAYS' }],
      },
      { segment: 'active', reasons: ['ACTIVE_RELATIONSHIP'] },
    ],
    'risk-level': [
      {
        segment: 'high',
        any: [
          { signal: 'maxDaysPastDue', gte: 60, reason: 'DPD_60_PLUS' },
          { signal: 'missedPaymentsLast365Days', gte: 3, reason: 'MISSED_PAYMENTS_3_PLUS' },
        ],
      },
      {
        segment: 'medium',
        any: [
          { signal: 'maxDaysPastDue', gte: 1, reason: 'DPD_RISING' },
          { signal: 'missedPaymentsLast365Days', gte: 1, reason: 'PAYMENT_MISSED' },
          { signal: 'hardshipRequestsLast365Days', gte: 1, reason: 'HARDSHIP_REQUESTED' },
        ],
      },
      { segment: 'low', reasons: ['REPAYING_AS_AGREED'] },
    ],
    engagement: [
      {
        segment: 'high',
        all: [{ signal: 'interactionsLast90Days', gte: 6, reason: 'INTERACTIONS_6_PLUS_90_DAYS' }],
      },
      {
        segment: 'medium',
        all: [{ signal: 'interactionsLast90Days', gte: 2, reason: 'INTERACTIONS_2_PLUS_90_DAYS' }],
      },
      {
        segment: 'low',
        all: [{ signal: 'interactionsLast90Days', gte: 1, reason: 'INTERACTION_90_DAYS' }],
      },
      { segment: 'none', reasons: ['NO_INTERACTION_90_DAYS'] },
    ],
  },
  churnRisk: {
    factors: [
      {
        reason: 'COMPLAINT_OPEN',
        when: [{ signal: 'openComplaints', gte: 1 }],
        points: 20,
        perUnitOf: 'openComplaints',
        maxPoints: 40,
      },
      { reason: 'COMPLAINT_ESCALATED', when: [{ signal: 'escalatedComplaints', gte: 1 }], points: 25 },
      {
        reason: 'PAYMENT_MISSED',
        when: [{ signal: 'missedPaymentsLast365Days', gte: 1 }],
        points: 15,
        perUnitOf: 'missedPaymentsLast365Days',
        maxPoints: 30,
      },
      { reason: 'LOW_CSAT', when: [{ signal: 'lastCsat', lte: 2 }], points: 15 },
      { reason: 'LOW_NPS', when: [{ signal: 'lastNps', lte: 6 }], points: 10 },
      { reason: 'ACTIVITY_FALLING', when: [{ signal: 'interactionTrendPercent', lte: -50 }], points: 15 },
      { reason: 'NO_ACTIVITY_90_DAYS', when: [{ signal: 'daysSinceLastActivity', gte: 90 }], points: 15 },
    ],
    bandFloors: { low: 0, medium: 25, high: 50, critical: 75 },
  },
};
