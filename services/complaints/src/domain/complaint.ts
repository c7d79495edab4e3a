import type {
  ComplaintMilestone,
  ComplaintOutcome,
  ComplaintRegime,
  VulnerabilityAdjustment,
} from '@crm/contracts';
import { Decimal, DomainError, type LocalDate } from '@crm/kernel';
import { parseJurisdiction, type Jurisdiction } from './regulatory-clock/jurisdiction';
import { EXTENSION_RULES, HOLDING_RESPONSE_RULES, type RegimeChoice } from './regulatory-clock/regime-rules';
import {
  deadlinesOf,
  meetMilestones,
  type ClockState,
  type DeadlineChange,
  type RegulatoryClock,
} from './regulatory-clock/regulatory-clock';
import { ROOT_CAUSES, type EscalationTarget, type RootCause, type SubmissionChannel } from './root-causes';

export const COMPLAINT_STATUSES = [
  'received',
  'acknowledged',
  'investigating',
  'holding-response-sent',
  'resolved',
  'closed',
  'reopened',
  'escalated',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export type TransitionAction =
  'acknowledge' | 'investigate' | 'send-holding-response' | 'resolve' | 'close' | 'reopen' | 'escalate';

/** The state machine: from which states each action may be taken, and where it leads. */
export const TRANSITIONS: Readonly<
  Record<TransitionAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>
> = {
  acknowledge: { from: ['received', 'reopened'], to: 'acknowledged' },
  investigate: { from: ['acknowledged', 'reopened'], to: 'investigating' },
  'send-holding-response': { from: ['investigating'], to: 'holding-response-sent' },
  // A complaint settled within three business days may be resolved straight from receipt (DISP 1.5.1R).
  resolve: {
    from: ['received', 'acknowledged', 'investigating', 'holding-response-sent', 'reopened', 'escalated'],
    to: 'resolved',
  },
  close: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: 'reopened' },
  escalate: {
    from: [
      'received',
      'acknowledged',
      'investigating',
      'holding-response-sent',
      'resolved',
      'closed',
      'reopened',
    ],
    to: 'escalated',
  },
};

/** Milestones an action satisfies. A final response answers every milestone still open. */
const MEETS: Readonly<Record<TransitionAction, readonly ComplaintMilestone[]>> = {
  acknowledge: ['acknowledgement'],
  investigate: [],
  'send-holding-response': [],
  resolve: ['acknowledgement', 'summaryResolution', 'response', 'finalResponse'],
  close: [],
  reopen: [],
  escalate: [],
};

export interface Redress {
  type: 'monetary' | 'non-monetary' | 'none';
  /** Decimal string, with `currency`, for monetary redress only. */
  amount?: string;
  currency?: string;
}

export interface FinalResponse {
  outcome: ComplaintOutcome;
  redress: Redress;
  /** The CFPB `Company response to consumer` value. */
  companyResponse: string;
  summary?: string;
}

export interface Resolution extends FinalResponse {
  resolvedAt: string;
  resolvedBy: string;
  approvedBy?: string;
  /** Whether the final response met its deadline (the last milestone of the regime). */
  isOnTime: boolean;
}

export interface PendingResolution extends FinalResponse {
  proposedAt: string;
  proposedBy: string;
}

export interface Closure {
  rootCause: RootCause;
  findings: string;
  closedAt: string;
  closedBy: string;
}

export interface Escalation {
  to: EscalationTarget;
  reference?: string;
  escalatedAt: string;
  escalatedBy: string;
}

export interface Extension {
  milestone: ComplaintMilestone;
  ground: string;
  reason: string;
  approvedBy: string;
  previousDeadline: LocalDate;
  newDeadline: LocalDate;
  extendedAt: string;
}

export interface MilestoneOutcome {
  milestone: ComplaintMilestone;
  deadline: LocalDate;
  isOnTime: boolean;
}

/** One entry of the case history: every step is timestamped and attributed. */
export interface HistoryEntry {
  action: TransitionAction | 'assign' | 'extend' | 'propose-resolution';
  from: ComplaintStatus;
  to: ComplaintStatus;
  at: string;
  by: string;
  /** The milestones this step met, and whether on time. */
  milestones: MilestoneOutcome[];
  detail?: string;
}

export interface ComplaintIntake {
  customerId: string;
  submittedVia: SubmissionChannel;
  receivedAt: Date;
  jurisdiction: string;
  language: string;
  product: string;
  subProduct?: string;
  issue: string;
  subIssue?: string;
  description: string;
  desiredOutcome: string;
  loanId?: string;
  interactionId?: string;
  regulatorReference?: string;
  narrativePublicationConsent: boolean;
  hasLegalOrRegulatoryImpact: boolean;
}

export interface ComplaintSnapshot extends ComplaintIntake {
  id: string;
  regime: ComplaintRegime;
  regimeSource: 'rules' | 'override';
  regimeOverrideReason?: string;
  status: ComplaintStatus;
  clock: ClockState;
  handlerId?: string;
  extensions: Extension[];
  pendingResolution?: PendingResolution;
  resolution?: Resolution;
  closure?: Closure;
  escalation?: Escalation;
  history: HistoryEntry[];
  recordedAt: Date;
  redactedAt?: Date;
  /** The customer asked for erasure while the complaint was open: its narrative goes when it closes. */
  erasureRequestedAt?: string;
  version: number;
}

/** What the handler sees of a customer's vulnerability: the agreed adjustments and what they change. */
export const ADJUSTMENT_GUIDANCE: Readonly<Record<VulnerabilityAdjustment, string>> = {
  'extra-time':
    'Give the customer more time to reply to requests; internal targets may be extended, regulatory deadlines never are.',
  'simpler-language': 'Write acknowledgement and final response in plain, simple language.',
  'trusted-third-party': 'A trusted third party may speak for the customer; check the authority on file.',
  'no-phone-calls': 'Do not phone the customer: write (letter, e-mail or secure message).',
  'large-print': 'Send letters in large print.',
  interpreter: 'Offer an interpreter for conversations about the complaint.',
};

export const REDACTED = '[redacted]';

function illegal(action: string, status: ComplaintStatus): DomainError {
  return new DomainError(
    'COMPLAINT_ILLEGAL_TRANSITION',
    'conflict',
    `a complaint that is ${status} cannot take the step ${action}`,
    { status, action },
  );
}

function recused(staffId: string): DomainError {
  return new DomainError(
    'COMPLAINT_HANDLER_RECUSED',
    'conflict',
    `${staffId} was involved in the complained-about interaction and may not handle or approve this complaint`,
  );
}

function validRedress(redress: Redress): Redress {
  if (redress.type !== 'monetary') {
    if (redress.amount !== undefined || redress.currency !== undefined) {
      throw new DomainError(
        'COMPLAINT_REDRESS_INVALID',
        'invalid',
        'only monetary redress has an amount and currency',
      );
    }
    return { type: redress.type };
  }
  if (redress.amount === undefined || redress.currency === undefined) {
    throw new DomainError(
      'COMPLAINT_REDRESS_INVALID',
      'invalid',
      'monetary redress needs an amount and a currency',
    );
  }
  const amount = new Decimal(redress.amount);
  if (!amount.isFinite() || amount.lte(0)) {
    throw new DomainError(
      'COMPLAINT_REDRESS_INVALID',
      'invalid',
      'monetary redress must be a positive amount',
    );
  }
  return { type: 'monetary', amount: redress.amount, currency: redress.currency };
}

export class Complaint {
  private constructor(private state: ComplaintSnapshot) {}

  static receive(
    id: string,
    intake: ComplaintIntake,
    regime: RegimeChoice,
    engine: RegulatoryClock,
    recordedAt: Date,
  ): Complaint {
    const jurisdiction = parseJurisdiction(intake.jurisdiction);
    if (!jurisdiction) {
      throw new DomainError(
        'COMPLAINT_JURISDICTION_UNSUPPORTED',
        'invalid',
        `bad jurisdiction ${intake.jurisdiction}`,
      );
    }
    return new Complaint({
      ...intake,
      id,
      regime: regime.regime,
      regimeSource: regime.source,
      ...(regime.overrideReason ? { regimeOverrideReason: regime.overrideReason } : {}),
      status: 'received',
      clock: engine.start(regime.regime, jurisdiction, intake.receivedAt),
      extensions: [],
      history: [],
      recordedAt,
      version: 1,
    });
  }

  static restore(snapshot: ComplaintSnapshot): Complaint {
    return new Complaint(snapshot);
  }

  get snapshot(): Readonly<ComplaintSnapshot> {
    return this.state;
  }

  get jurisdiction(): Jurisdiction {
    const parsed = parseJurisdiction(this.state.jurisdiction);
    if (!parsed) throw new Error(`stored jurisdiction ${this.state.jurisdiction} is malformed`);
    return parsed;
  }

  get deadlines() {
    return deadlinesOf(this.state.clock);
  }

  /** The milestone whose deadline the final response is judged by. */
  get finalMilestone(): ComplaintMilestone | undefined {
    const names = this.state.clock.milestones.map((m) => m.milestone);
    return names.includes('finalResponse')
      ? 'finalResponse'
      : names.includes('response')
        ? 'response'
        : undefined;
  }

  /** Staff involved in the complained-about interaction may not handle or approve it (fair investigation). */
  static ensureNotInvolved(staffId: string, involvedStaff: ReadonlySet<string>): void {
    if (involvedStaff.has(staffId)) throw recused(staffId);
  }

  assign(handlerId: string, involvedStaff: ReadonlySet<string>, at: Date, by: string): void {
    this.ensureOpen('assign');
    Complaint.ensureNotInvolved(handlerId, involvedStaff);
    this.state = { ...this.state, handlerId };
    this.record('assign', this.state.status, at, by, [], `handler ${handlerId}`);
  }

  acknowledge(at: Date, by: string): MilestoneOutcome[] {
    return this.transition('acknowledge', at, by);
  }

  startInvestigation(at: Date, by: string): MilestoneOutcome[] {
    return this.transition('investigate', at, by);
  }

  /** The CFPB "in progress" response or the PSD holding reply: moves the final-response deadline where the regime allows. */
  sendHoldingResponse(
    engine: RegulatoryClock,
    at: Date,
    by: string,
  ): { met: MilestoneOutcome[]; change?: DeadlineChange } {
    const rule = HOLDING_RESPONSE_RULES[this.state.regime];
    this.guard('send-holding-response');
    let change: DeadlineChange | undefined;
    if (rule) {
      const changed = engine.change(this.state.clock, this.jurisdiction, rule);
      this.state = { ...this.state, clock: changed.state };
      change = changed.change;
    }
    const met = this.transition('send-holding-response', at, by, rule?.meets ?? []);
    return { met, ...(change ? { change } : {}) };
  }

  /**
   * Records the final response. A complaint with legal or regulatory impact needs a second person to
   * approve it (maker–checker): the response waits as a proposal until `approveResolution`.
   */
  resolve(response: FinalResponse, at: Date, by: string): 'resolved' | 'pending-approval' {
    this.guard('resolve');
    const redress = validRedress(response.redress);
    if (this.state.hasLegalOrRegulatoryImpact) {
      this.state = {
        ...this.state,
        pendingResolution: { ...response, redress, proposedAt: at.toISOString(), proposedBy: by },
      };
      this.record('propose-resolution', this.state.status, at, by, [], response.outcome);
      return 'pending-approval';
    }
    this.complete({ ...response, redress }, at, by);
    return 'resolved';
  }

  approveResolution(at: Date, approver: string, involvedStaff: ReadonlySet<string>): void {
    this.guard('resolve');
    const pending = this.state.pendingResolution;
    if (!pending) {
      throw new DomainError(
        'COMPLAINT_NOTHING_TO_APPROVE',
        'conflict',
        'no final response is waiting for approval',
      );
    }
    if (pending.proposedBy === approver) {
      throw new DomainError(
        'COMPLAINT_APPROVAL_REQUIRES_SECOND_PERSON',
        'conflict',
        'the final response must be approved by someone other than the person who wrote it',
      );
    }
    Complaint.ensureNotInvolved(approver, involvedStaff);
    const { proposedAt: _proposedAt, proposedBy, ...response } = pending;
    this.complete(response, at, proposedBy, approver);
  }

  close(rootCause: string, findings: string, at: Date, by: string): void {
    if (!(ROOT_CAUSES as readonly string[]).includes(rootCause)) {
      throw new DomainError(
        'COMPLAINT_ROOT_CAUSE_UNKNOWN',
        'invalid',
        `root cause ${rootCause} is not on the list`,
      );
    }
    if (findings.trim() === '') {
      throw new DomainError(
        'COMPLAINT_FINDINGS_REQUIRED',
        'invalid',
        'closing a complaint needs its findings',
      );
    }
    this.guard('close');
    this.state = {
      ...this.state,
      closure: { rootCause: rootCause as RootCause, findings, closedAt: at.toISOString(), closedBy: by },
    };
    this.transition('close', at, by);
    if (this.state.erasureRequestedAt && !this.state.redactedAt) this.redactNarrative(at);
  }

  /** Reopening restarts the regulatory clock from the day of reopening. */
  reopen(engine: RegulatoryClock, reason: string, at: Date, by: string): void {
    this.guard('reopen');
    const { resolution: _resolution, closure: _closure, pendingResolution: _pending, ...rest } = this.state;
    this.state = { ...rest, clock: engine.start(this.state.regime, this.jurisdiction, at), extensions: [] };
    this.transition('reopen', at, by, [], reason);
  }

  escalate(to: EscalationTarget, reference: string | undefined, at: Date, by: string): void {
    this.guard('escalate');
    this.state = {
      ...this.state,
      escalation: { to, ...(reference ? { reference } : {}), escalatedAt: at.toISOString(), escalatedBy: by },
    };
    this.transition('escalate', at, by, [], reference);
  }

  /** An extension the regime allows (cn-nfra), with its reason and approver. */
  extend(
    engine: RegulatoryClock,
    ground: string,
    reason: string,
    approver: string,
    involvedStaff: ReadonlySet<string>,
    at: Date,
  ): DeadlineChange & { previousDeadline: LocalDate } {
    this.ensureOpen('extend');
    Complaint.ensureNotInvolved(approver, involvedStaff);
    const rules = EXTENSION_RULES[this.state.regime] ?? [];
    const rule = rules.find((r) => r.ground === ground);
    if (!rule) {
      throw new DomainError(
        'COMPLAINT_EXTENSION_NOT_ALLOWED',
        'conflict',
        `the ${this.state.regime} regime allows no extension on the ground ${ground}`,
      );
    }
    const granted = new Set(this.state.extensions.map((e) => e.ground));
    if (granted.has(ground) || (rule.after && !granted.has(rule.after))) {
      throw new DomainError(
        'COMPLAINT_EXTENSION_NOT_ALLOWED',
        'conflict',
        rule.after && !granted.has(rule.after)
          ? `the ${ground} extension needs the ${rule.after} extension first`
          : `the ${ground} extension was already granted`,
      );
    }
    const { state, change } = engine.change(this.state.clock, this.jurisdiction, rule);
    const previousDeadline = change.previousDeadline ?? change.newDeadline;
    this.state = {
      ...this.state,
      clock: state,
      extensions: [
        ...this.state.extensions,
        {
          milestone: change.milestone,
          ground,
          reason,
          approvedBy: approver,
          previousDeadline,
          newDeadline: change.newDeadline,
          extendedAt: at.toISOString(),
        },
      ],
    };
    this.record('extend', this.state.status, at, approver, [], `${ground}: ${reason}`);
    return { ...change, previousDeadline };
  }

  /** Erasure: the narrative goes, the record of the case stays (retention). */
  redactNarrative(at: Date): void {
    this.state = { ...this.state, description: REDACTED, desiredOutcome: REDACTED, redactedAt: at };
  }

  /** Erasure requested while the bank must still answer: the narrative is kept until the complaint closes. */
  deferErasure(at: Date): void {
    this.state = { ...this.state, erasureRequestedAt: at.toISOString() };
  }

  /** Called by the repository once a change is stored under the next version. */
  recordSaved(version: number): void {
    this.state = { ...this.state, version };
  }

  get isOpen(): boolean {
    return this.state.status !== 'resolved' && this.state.status !== 'closed';
  }

  private complete(response: FinalResponse, at: Date, by: string, approvedBy?: string): void {
    const { pendingResolution: _pending, ...rest } = this.state;
    this.state = rest;
    const met = this.transition('resolve', at, approvedBy ?? by, MEETS.resolve, response.outcome);
    const final = this.finalMilestone;
    const finalMet = met.find((m) => m.milestone === final);
    const clockEntry = this.state.clock.milestones.find((m) => m.milestone === final);
    this.state = {
      ...this.state,
      resolution: {
        ...response,
        resolvedAt: at.toISOString(),
        resolvedBy: by,
        ...(approvedBy ? { approvedBy } : {}),
        isOnTime: finalMet?.isOnTime ?? clockEntry?.met?.isOnTime ?? true,
      },
    };
  }

  private guard(action: TransitionAction): void {
    if (!TRANSITIONS[action].from.includes(this.state.status)) throw illegal(action, this.state.status);
  }

  private ensureOpen(action: string): void {
    if (this.state.status === 'closed') throw illegal(action, this.state.status);
  }

  private transition(
    action: TransitionAction,
    at: Date,
    by: string,
    meets: readonly ComplaintMilestone[] = MEETS[action],
    detail?: string,
  ): MilestoneOutcome[] {
    this.guard(action);
    const from = this.state.status;
    const { state: clock, met } = meetMilestones(this.state.clock, meets, at);
    this.state = { ...this.state, clock, status: TRANSITIONS[action].to };
    this.record(action, from, at, by, met, detail);
    return met;
  }

  private record(
    action: HistoryEntry['action'],
    from: ComplaintStatus,
    at: Date,
    by: string,
    milestones: MilestoneOutcome[],
    detail?: string,
  ): void {
    this.state = {
      ...this.state,
      history: [
        ...this.state.history,
        {
          action,
          from,
          to: this.state.status,
          at: at.toISOString(),
          by,
          milestones,
          ...(detail ? { detail } : {}),
        },
      ],
    };
  }
}
