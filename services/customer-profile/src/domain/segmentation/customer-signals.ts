import type { ChurnRiskBand, SegmentDimension } from '@crm/contracts';
import { Decimal } from '@crm/kernel';
import type { BehaviouralSignals, NumericSignal } from './behavioural-signals';
import { assess, type ChurnRisk, type SegmentAssignment } from './rules-evaluator';
import { NO_SEGMENT, type Condition, type SegmentationRules } from './segmentation-rules';

const DAY_MS = 86_400_000;

/** A loan as segmentation sees it: where the balance stands and how late it is. */
export interface LoanPosition {
  loanId: string;
  currency: string;
  /** Decimal string. */
  outstanding: string;
  daysPastDue: number;
  isOpen: boolean;
  firstSeenAt: string;
}

export type ComplaintState = 'open' | 'escalated' | 'resolved' | 'closed';

export interface StoredAssessment {
  segments: Record<SegmentDimension, SegmentAssignment & { since: string }>;
  churnRisk: ChurnRisk;
  assessedAt: string;
  rulesVersion: string;
}

/** What this service keeps of a customer's behaviour, fed by other services' events. */
export interface CustomerSignalsState {
  customerId: string;
  loans: LoanPosition[];
  complaints: Record<string, ComplaintState>;
  /** Instants of missed installments, kept for 365 days. */
  missedPayments: string[];
  hardshipRequests: string[];
  /** Instants of interactions, kept for 180 days (two 90-day windows). */
  interactions: string[];
  lastActivityAt: string | null;
  lastCsat: number | null;
  lastNps: number | null;
  assessment: StoredAssessment | null;
}

/**
 * One fact learnt from another service's event, reduced to behaviour. The language, channel and
 * interpreter use the events also carry are dropped when an observation is built: they never get here.
 */
export type BehaviourObservation = { at: string } & (
  | { kind: 'loan-boarded'; loanId: string; currency: string; principal: string }
  | { kind: 'payment-received'; loanId: string; currency: string; outstanding: string }
  | { kind: 'payment-missed'; loanId: string; currency: string; daysPastDue: number }
  | { kind: 'delinquency-changed'; loanId: string; currency: string; daysPastDue: number }
  | { kind: 'loan-closed'; loanId: string; currency: string }
  | { kind: 'hardship-requested'; loanId: string; currency: string }
  | { kind: 'interaction-recorded'; isCorrection: boolean; isContact: boolean }
  | {
      kind: 'complaint-received' | 'complaint-escalated' | 'complaint-resolved' | 'complaint-closed';
      complaintId: string;
    }
  | { kind: 'survey-responded'; csat?: number; nps?: number }
);

export interface SegmentChange {
  dimension: SegmentDimension;
  from: string | null;
  to: string;
  reasons: string[];
}

export interface ChurnBandChange extends ChurnRisk {
  previousBand: ChurnRiskBand | null;
}

export interface Reassessment {
  segmentChanges: SegmentChange[];
  churnBandChange: ChurnBandChange | null;
  /** When a time window next changes a signal (dormancy, falling activity), or null if none will. */
  nextReviewAt: Date | null;
}

const later = (a: string | null, b: string) => (a === null || Date.parse(b) > Date.parse(a) ? b : a);
const daysSince = (instant: string, now: Date) => Math.floor((now.getTime() - Date.parse(instant)) / DAY_MS);
const within = (instants: string[], now: Date, fromDays: number, toDays: number) =>
  instants.filter((t) => {
    const age = now.getTime() - Date.parse(t);
    return age >= fromDays * DAY_MS && age < toDays * DAY_MS;
  }).length;

export class CustomerSignals {
  private constructor(private state: CustomerSignalsState) {}

  /** A customer's signals start with the first event about them: no registration is needed. */
  static start(customerId: string): CustomerSignals {
    return new CustomerSignals({
      customerId,
      loans: [],
      complaints: {},
      missedPayments: [],
      hardshipRequests: [],
      interactions: [],
      lastActivityAt: null,
      lastCsat: null,
      lastNps: null,
      assessment: null,
    });
  }

  static restore(state: CustomerSignalsState): CustomerSignals {
    return new CustomerSignals(state);
  }

  get snapshot(): Readonly<CustomerSignalsState> {
    return this.state;
  }

  observe(observation: BehaviourObservation): void {
    const s = this.state;
    const at = observation.at;
    switch (observation.kind) {
      case 'loan-boarded':
        this.upsertLoan(observation.loanId, observation.currency, at, {
          outstanding: observation.principal,
          isOpen: true,
        });
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
      case 'payment-received':
        this.upsertLoan(observation.loanId, observation.currency, at, {
          outstanding: observation.outstanding,
        });
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
      case 'payment-missed':
        this.upsertLoan(observation.loanId, observation.currency, at, {
          daysPastDue: observation.daysPastDue,
        });
        s.missedPayments = [...s.missedPayments, at];
        break;
      case 'delinquency-changed':
        this.upsertLoan(observation.loanId, observation.currency, at, {
          daysPastDue: observation.daysPastDue,
        });
        break;
      case 'loan-closed':
        this.upsertLoan(observation.loanId, observation.currency, at, {
          isOpen: false,
          outstanding: '0',
          daysPastDue: 0,
        });
        break;
      case 'hardship-requested':
        s.hardshipRequests = [...s.hardshipRequests, at];
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
      case 'interaction-recorded':
        // A correction re-records a touchpoint already counted; a failed attempt to reach the customer
        // is not the customer's activity.
        if (observation.isCorrection || !observation.isContact) break;
        s.interactions = [...s.interactions, at];
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
      case 'complaint-received':
        s.complaints = {
          ...s.complaints,
          [observation.complaintId]: s.complaints[observation.complaintId] ?? 'open',
        };
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
      case 'complaint-escalated':
        if (this.isComplaintOpen(observation.complaintId))
          s.complaints = { ...s.complaints, [observation.complaintId]: 'escalated' };
        break;
      case 'complaint-resolved':
      case 'complaint-closed':
        if (s.complaints[observation.complaintId] !== 'closed')
          s.complaints = {
            ...s.complaints,
            [observation.complaintId]: observation.kind === 'complaint-closed' ? 'closed' : 'resolved',
          };
        break;
      case 'survey-responded':
        s.lastCsat = observation.csat ?? null;
        s.lastNps = observation.nps ?? null;
        s.lastActivityAt = later(s.lastActivityAt, at);
        break;
    }
  }

  private isComplaintOpen(complaintId: string): boolean {
    const state = this.state.complaints[complaintId];
    return state === undefined || state === 'open' || state === 'escalated';
  }

  private upsertLoan(loanId: string, currency: string, at: string, change: Partial<LoanPosition>): void {
    const existing = this.state.loans.find((loan) => loan.loanId === loanId);
    const base: LoanPosition = existing ?? {
      loanId,
      currency,
      outstanding: '0',
      daysPastDue: 0,
      isOpen: true,
      firstSeenAt: at,
    };
    const updated = { ...base, ...change };
    this.state.loans = [...this.state.loans.filter((loan) => loan.loanId !== loanId), updated];
  }

  /** The reviewed inputs of the evaluator, as they stand at `now`. */
  signalsAt(now: Date): BehaviouralSignals {
    const s = this.state;
    const open = s.loans.filter((loan) => loan.isOpen);
    const balances: Record<string, string> = {};
    for (const loan of open)
      balances[loan.currency] = new Decimal(balances[loan.currency] ?? '0').plus(loan.outstanding).toString();
    const firstProductAt = s.loans.map((loan) => loan.firstSeenAt).sort()[0];
    const complaintStates = Object.values(s.complaints);
    const recent = within(s.interactions, now, 0, 90);
    const previous = within(s.interactions, now, 90, 180);
    return {
      productsEver: s.loans.length,
      openProducts: open.length,
      closedProducts: s.loans.length - open.length,
      daysSinceFirstProduct: firstProductAt === undefined ? null : daysSince(firstProductAt, now),
      balances,
      openComplaints: complaintStates.filter((c) => c === 'open' || c === 'escalated').length,
      escalatedComplaints: complaintStates.filter((c) => c === 'escalated').length,
      missedPaymentsLast365Days: within(s.missedPayments, now, 0, 365),
      maxDaysPastDue: Math.max(0, ...open.map((loan) => loan.daysPastDue)),
      hardshipRequestsLast365Days: within(s.hardshipRequests, now, 0, 365),
      daysSinceLastActivity: s.lastActivityAt === null ? null : daysSince(s.lastActivityAt, now),
      interactionsLast30Days: within(s.interactions, now, 0, 30),
      interactionsLast90Days: recent,
      interactionsPrevious90Days: previous,
      interactionTrendPercent: previous === 0 ? null : Math.round(((recent - previous) / previous) * 100),
      lastCsat: s.lastCsat,
      lastNps: s.lastNps,
    };
  }

  /**
   * Applies the rules at `now`, keeps the result, and says what changed: a segment on any dimension,
   * or the churn-risk band (a score moving inside its band is kept but not announced).
   */
  reassess(rules: SegmentationRules, now: Date): Reassessment {
    this.forgetExpired(now);
    const result = assess(rules, this.signalsAt(now));
    const previous = this.state.assessment;
    const at = now.toISOString();
    const segmentChanges: SegmentChange[] = [];
    const segments = {} as StoredAssessment['segments'];
    for (const [dimension, assignment] of Object.entries(result.segments) as [
      SegmentDimension,
      SegmentAssignment,
    ][]) {
      const before = previous?.segments[dimension];
      // Never assessed counts as NO_SEGMENT: a registration does not announce "value-tier: none → none".
      if ((before?.segment ?? NO_SEGMENT) !== assignment.segment)
        segmentChanges.push({
          dimension,
          from: before?.segment ?? null,
          to: assignment.segment,
          reasons: assignment.reasons,
        });
      const since = before?.segment === assignment.segment ? before.since : at;
      segments[dimension] = { ...assignment, since };
    }
    const previousBand = previous?.churnRisk.band ?? null;
    const churnBandChange =
      previousBand === result.churnRisk.band ? null : { ...result.churnRisk, previousBand };
    this.state.assessment = {
      segments,
      churnRisk: result.churnRisk,
      assessedAt: at,
      rulesVersion: rules.version,
    };
    return { segmentChanges, churnBandChange, nextReviewAt: this.nextReviewAt(rules, now) };
  }

  private forgetExpired(now: Date): void {
    const s = this.state;
    s.missedPayments = s.missedPayments.filter((t) => daysSince(t, now) < 365);
    s.hardshipRequests = s.hardshipRequests.filter((t) => daysSince(t, now) < 365);
    s.interactions = s.interactions.filter((t) => daysSince(t, now) < 180);
  }

  /**
   * The first instant after `now` at which a signal changes by the passing of time alone: an
   * activity threshold of the rules is crossed, or an interaction, missed payment or hardship request
   * leaves its window. The review job re-assesses the customer then.
   */
  private nextReviewAt(rules: SegmentationRules, now: Date): Date | null {
    const s = this.state;
    const thresholds = (signal: NumericSignal) =>
      allConditions(rules).flatMap((c) =>
        'signal' in c && c.signal === signal ? [c.gte, c.lte === undefined ? undefined : c.lte + 1] : [],
      );
    const plusDays = (instant: string, days: (number | undefined)[]) =>
      days.flatMap((d) => (d === undefined ? [] : [Date.parse(instant) + d * DAY_MS]));
    const firstProductAt = s.loans.map((loan) => loan.firstSeenAt).sort()[0];
    const candidates = [
      ...(s.lastActivityAt === null ? [] : plusDays(s.lastActivityAt, thresholds('daysSinceLastActivity'))),
      ...(firstProductAt === undefined ? [] : plusDays(firstProductAt, thresholds('daysSinceFirstProduct'))),
      ...s.interactions.flatMap((t) => plusDays(t, [30, 90, 180])),
      ...s.missedPayments.flatMap((t) => plusDays(t, [365])),
      ...s.hardshipRequests.flatMap((t) => plusDays(t, [365])),
    ].filter((instant) => instant > now.getTime());
    return candidates.length === 0 ? null : new Date(Math.min(...candidates));
  }
}

function allConditions(rules: SegmentationRules): Condition[] {
  return [
    ...Object.values(rules.dimensions).flatMap((dimension) =>
      dimension.flatMap((rule) => [...(rule.all ?? []), ...(rule.any ?? [])]),
    ),
    ...rules.churnRisk.factors.flatMap((factor) => factor.when),
  ];
}
