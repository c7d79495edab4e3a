import {
  CHURN_RISK_BANDS,
  SEGMENT_DIMENSIONS,
  type ChurnRiskBand,
  type SegmentDimension,
} from '@crm/contracts';
import { Decimal } from '@crm/kernel';
import type { BehaviouralSignals } from './behavioural-signals';
import type { ChurnFactor, Condition, SegmentRule, SegmentationRules } from './segmentation-rules';

export interface SegmentAssignment {
  segment: string;
  /** Reason codes of the rule that fired, deduplicated, in rule order. */
  reasons: string[];
}

export interface ChurnRisk {
  /** 0–100. */
  score: number;
  band: ChurnRiskBand;
  /** The factors that added points, largest contribution first. */
  reasons: string[];
}

export interface Assessment {
  segments: Record<SegmentDimension, SegmentAssignment>;
  churnRisk: ChurnRisk;
}

/*
 * Pure functions of (behavioural signals, rules). They receive BehaviouralSignals and nothing else, so
 * no attribute outside that reviewed list (language, nationality, festivals, vulnerability, name…)
 * can influence a segment or a score, whatever the rules say.
 */

function holds(condition: Condition, signals: BehaviouralSignals): boolean {
  if ('balanceAtLeast' in condition) {
    return Object.entries(condition.balanceAtLeast).some(([currency, threshold]) => {
      const balance = signals.balances[currency];
      return balance !== undefined && new Decimal(balance).gte(threshold);
    });
  }
  const value = signals[condition.signal];
  if (value === null) return false;
  return (
    (condition.gte === undefined || value >= condition.gte) &&
    (condition.lte === undefined || value <= condition.lte)
  );
}

function reasonsOf(conditions: Condition[], signals: BehaviouralSignals): string[] {
  return conditions.flatMap((c) => (c.reason !== undefined && holds(c, signals) ? [c.reason] : []));
}

function fires(rule: SegmentRule, signals: BehaviouralSignals): boolean {
  const all = rule.all ?? [];
  const any = rule.any ?? [];
  return all.every((c) => holds(c, signals)) && (any.length === 0 || any.some((c) => holds(c, signals)));
}

export function assignSegment(rules: SegmentRule[], signals: BehaviouralSignals): SegmentAssignment {
  const rule = rules.find((candidate) => fires(candidate, signals));
  // Validation guarantees a default rule; this is only reached with unchecked rules.
  if (!rule) throw new Error('a dimension without a default rule');
  const reasons = [
    ...(rule.reasons ?? []),
    ...reasonsOf(rule.all ?? [], signals),
    ...reasonsOf(rule.any ?? [], signals),
  ];
  return { segment: rule.segment, reasons: [...new Set(reasons)] };
}

function pointsOf(factor: ChurnFactor, signals: BehaviouralSignals): number {
  if (!factor.when.every((c) => holds(c, signals))) return 0;
  const units = factor.perUnitOf === undefined ? 1 : (signals[factor.perUnitOf] ?? 0);
  const points = factor.points * units;
  return Math.max(0, Math.min(points, factor.maxPoints ?? points));
}

export function bandOf(score: number, floors: Record<ChurnRiskBand, number>): ChurnRiskBand {
  return [...CHURN_RISK_BANDS].reverse().find((band) => score >= floors[band]) ?? 'low';
}

export function scoreChurnRisk(rules: SegmentationRules, signals: BehaviouralSignals): ChurnRisk {
  const contributions = rules.churnRisk.factors
    .map((factor) => ({ reason: factor.reason, points: pointsOf(factor, signals) }))
    .filter((c) => c.points > 0);
  const score = Math.min(100, Math.round(contributions.reduce((sum, c) => sum + c.points, 0)));
  const reasons = [...contributions].sort((a, b) => b.points - a.points).map((c) => c.reason);
  return { score, band: bandOf(score, rules.churnRisk.bandFloors), reasons: [...new Set(reasons)] };
}

export function assess(rules: SegmentationRules, signals: BehaviouralSignals): Assessment {
  const segments = Object.fromEntries(
    SEGMENT_DIMENSIONS.map((dimension) => [dimension, assignSegment(rules.dimensions[dimension], signals)]),
  ) as Record<SegmentDimension, SegmentAssignment>;
  return { segments, churnRisk: scoreChurnRisk(rules, signals) };
}
