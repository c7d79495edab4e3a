import {
  CHURN_RISK_BANDS,
  SEGMENT_DIMENSIONS,
  type ChurnRiskBand,
  type SegmentDimension,
} from '@crm/contracts';
import { NUMERIC_SIGNALS, type NumericSignal } from './behavioural-signals';

/**
 * A comparison of one behavioural signal. A signal that has no value yet (null) satisfies no
 * comparison. `reason` is the code reported when the condition holds.
 */
export interface SignalCondition {
  signal: NumericSignal;
  gte?: number;
  lte?: number;
  reason?: string;
}

/** Holds when the open balance in any listed currency reaches its threshold (no FX rates needed). */
export interface BalanceCondition {
  balanceAtLeast: Record<string, string>;
  reason?: string;
}

export type Condition = SignalCondition | BalanceCondition;

/**
 * The segment that means "in no group of this dimension" (e.g. no open product, no interaction): a
 * customer never assessed is in it too, so reaching it first is no change and is not announced.
 */
export const NO_SEGMENT = 'none';

/**
 * One rule of a dimension: the customer is in `segment` when every `all` condition holds and, if
 * `any` is given, at least one of them. The first matching rule of a dimension wins; the last rule
 * of each dimension has no conditions and is the default.
 */
export interface SegmentRule {
  segment: string;
  all?: Condition[];
  any?: Condition[];
  /** Reason codes reported whenever the rule fires, besides those of its matching conditions. */
  reasons?: string[];
}

/** Points added to the churn-risk score when `when` holds (every condition); capped at 100 in total. */
export interface ChurnFactor {
  reason: string;
  when: Condition[];
  points: number;
  /** Scales the points by this signal's value (e.g. per missed payment), up to `maxPoints`. */
  perUnitOf?: NumericSignal;
  maxPoints?: number;
}

export interface SegmentationRules {
  /** Shown with every assessment, so that an answer can be traced to the rules that gave it. */
  version: string;
  dimensions: Record<SegmentDimension, SegmentRule[]>;
  churnRisk: {
    factors: ChurnFactor[];
    /** The lowest score of each band; `low` starts at 0. */
    bandFloors: Record<ChurnRiskBand, number>;
  };
}

const REASON = /^[A-Z][A-Z0-9_]{1,59}$/;
const SEGMENT = /^[a-z][a-z0-9-]{0,59}$/;
const CURRENCY = /^[A-Z]{3}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function conditionProblems(condition: unknown, at: string): string[] {
  if (!isRecord(condition)) return [`${at}: must be an object`];
  const problems: string[] = [];
  if (condition['reason'] !== undefined && !REASON.test(String(condition['reason'])))
    problems.push(`${at}.reason: must be an UPPER_SNAKE_CASE code`);
  if ('balanceAtLeast' in condition) {
    const thresholds = condition['balanceAtLeast'];
    if (!isRecord(thresholds) || Object.keys(thresholds).length === 0)
      return [...problems, `${at}.balanceAtLeast: must map currencies to amounts`];
    for (const [currency, amount] of Object.entries(thresholds)) {
      if (!CURRENCY.test(currency)) problems.push(`${at}.balanceAtLeast.${currency}: not an ISO 4217 code`);
      if (typeof amount !== 'string' || !/^\d+(\.\d+)?$/.test(amount))
        problems.push(`${at}.balanceAtLeast.${currency}: must be a decimal string`);
    }
    return problems;
  }
  // Only the reviewed behavioural signals can be named: configuration cannot reach anything else.
  if (!(NUMERIC_SIGNALS as readonly unknown[]).includes(condition['signal']))
    problems.push(`${at}.signal: ${String(condition['signal'])} is not a behavioural signal`);
  const bounds = ['gte', 'lte'].filter((bound) => condition[bound] !== undefined);
  if (bounds.length === 0) problems.push(`${at}: needs gte or lte`);
  for (const bound of bounds)
    if (typeof condition[bound] !== 'number' || !Number.isFinite(condition[bound]))
      problems.push(`${at}.${bound}: must be a number`);
  const unknown = Object.keys(condition).filter((key) => !['signal', 'gte', 'lte', 'reason'].includes(key));
  if (unknown.length > 0) problems.push(`${at}: unknown keys ${unknown.join(', ')}`);
  return problems;
}

function conditionListProblems(list: unknown, at: string): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [`${at}: must be a list`];
  return list.flatMap((condition, i) => conditionProblems(condition, `${at}[${i}]`));
}

function dimensionProblems(rules: unknown, dimension: string): string[] {
  const at = `dimensions.${dimension}`;
  if (!Array.isArray(rules) || rules.length === 0) return [`${at}: must be a non-empty list of rules`];
  const problems = rules.flatMap((rule: unknown, i) => {
    if (!isRecord(rule)) return [`${at}[${i}]: must be an object`];
    return [
      ...(SEGMENT.test(String(rule['segment'])) ? [] : [`${at}[${i}].segment: must be a kebab-case name`]),
      ...conditionListProblems(rule['all'], `${at}[${i}].all`),
      ...conditionListProblems(rule['any'], `${at}[${i}].any`),
      ...(rule['reasons'] === undefined ||
      (Array.isArray(rule['reasons']) && rule['reasons'].every((r) => REASON.test(String(r))))
        ? []
        : [`${at}[${i}].reasons: must be UPPER_SNAKE_CASE codes`]),
    ];
  });
  const last: unknown = rules[rules.length - 1];
  const isDefault =
    isRecord(last) &&
    (!Array.isArray(last['all']) || last['all'].length === 0) &&
    (!Array.isArray(last['any']) || last['any'].length === 0);
  if (!isDefault) problems.push(`${at}: the last rule must have no conditions (the default)`);
  return problems;
}

function churnProblems(churn: unknown): string[] {
  if (!isRecord(churn)) return ['churnRisk: must be an object'];
  const problems: string[] = [];
  const factors = churn['factors'];
  if (!Array.isArray(factors)) problems.push('churnRisk.factors: must be a list');
  else
    factors.forEach((factor: unknown, i) => {
      const at = `churnRisk.factors[${i}]`;
      if (!isRecord(factor)) return problems.push(`${at}: must be an object`);
      if (!REASON.test(String(factor['reason'])))
        problems.push(`${at}.reason: must be an UPPER_SNAKE_CASE code`);
      if (!Array.isArray(factor['when']) || factor['when'].length === 0)
        problems.push(`${at}.when: must list at least one condition`);
      else problems.push(...conditionListProblems(factor['when'], `${at}.when`));
      if (typeof factor['points'] !== 'number' || factor['points'] < 0 || factor['points'] > 100)
        problems.push(`${at}.points: must be 0–100`);
      if (
        factor['perUnitOf'] !== undefined &&
        !(NUMERIC_SIGNALS as readonly unknown[]).includes(factor['perUnitOf'])
      )
        problems.push(`${at}.perUnitOf: ${String(factor['perUnitOf'])} is not a behavioural signal`);
      return problems;
    });
  const floors = churn['bandFloors'];
  if (!isRecord(floors)) return [...problems, 'churnRisk.bandFloors: must be an object'];
  const values = CHURN_RISK_BANDS.map((band) => floors[band]);
  if (values.some((value) => typeof value !== 'number'))
    problems.push(`churnRisk.bandFloors: needs a number for each of ${CHURN_RISK_BANDS.join(', ')}`);
  else if (
    values[0] !== 0 ||
    values.some((value, i) => i > 0 && (value as number) <= (values[i - 1] as number))
  )
    problems.push('churnRisk.bandFloors: low must be 0 and each band must start above the one before');
  else if ((values[values.length - 1] as number) > 100) problems.push('churnRisk.bandFloors: must be ≤ 100');
  return problems;
}

/**
 * Checks a rules document (the default one, or the JSON file an operator points the service at) and
 * returns every problem found; the service refuses to start on any.
 */
export function segmentationRulesProblems(document: unknown): string[] {
  if (!isRecord(document)) return ['the rules document must be a JSON object'];
  const problems: string[] = [];
  if (typeof document['version'] !== 'string' || document['version'].length === 0)
    problems.push('version: must be a non-empty string');
  const dimensions = document['dimensions'];
  if (!isRecord(dimensions)) problems.push('dimensions: must be an object');
  else {
    for (const dimension of SEGMENT_DIMENSIONS)
      problems.push(...dimensionProblems(dimensions[dimension], dimension));
    const unknown = Object.keys(dimensions).filter(
      (d) => !(SEGMENT_DIMENSIONS as readonly string[]).includes(d),
    );
    if (unknown.length > 0) problems.push(`dimensions: unknown dimensions ${unknown.join(', ')}`);
  }
  problems.push(...churnProblems(document['churnRisk']));
  return problems;
}

export function parseSegmentationRules(document: unknown): SegmentationRules {
  const problems = segmentationRulesProblems(document);
  if (problems.length > 0) throw new InvalidSegmentationRulesError(problems);
  return document as SegmentationRules;
}

export class InvalidSegmentationRulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`the segmentation rules are invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidSegmentationRulesError';
  }
}
