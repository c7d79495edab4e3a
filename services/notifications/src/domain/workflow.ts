import type { ConsentPurpose, NotificationChannel, NotificationPurpose } from '@crm/contracts';

/** What a staff task asks for: a call, a branch visit, a letter to post, or a case to review. */
export type StaffTaskKind = 'call' | 'branch-visit' | 'letter' | 'review';

/**
 * One step of a workflow: the channels it may use (the customer's preferred order decides among them),
 * and how long to wait for a delivery receipt before falling back to the next step.
 */
export interface WorkflowStep {
  channels: NotificationChannel[];
  /** No receipt of delivery within this many minutes → the next step. */
  timeoutMinutes?: number;
  /** For `staff-task` and `letter`: what the staff member is asked to do. */
  task?: StaffTaskKind;
  /** For tasks: the team that gets them when the event names none. */
  team?: string;
}

export type WorkflowCondition =
  /** A field of the triggering event's data (dot path) must hold one of these values. */
  | { event: string; in: (string | number | boolean)[] }
  /** The customer must have granted this consent (on any channel). */
  | { customer: 'has-consent'; purpose: ConsentPurpose };

/**
 * A workflow is configuration, not code: what triggers it, why (purpose), on which channels in which
 * order, with which template and which parameters taken from the event.
 */
export interface Workflow {
  name: string;
  /** The event type that triggers it; absent for workflows only triggered directly or by a job. */
  eventType?: string;
  purpose: NotificationPurpose;
  /** `staff`: a task for the bank's people (no consent, no contact hours). */
  audience: 'customer' | 'staff';
  templateKey: string;
  steps: WorkflowStep[];
  /** Template parameter → dot path into the event data; a value starting with `=` is a literal. */
  params: Record<string, string>;
  delayMinutes?: number;
  /** At most `max` messages of this workflow per customer in `perHours`; the rest are skipped. */
  throttle?: { max: number; perHours: number };
  /** Events within the window join the message still waiting instead of making another. */
  digest?: { windowMinutes: number };
  conditions?: WorkflowCondition[];
  /** Dot path to the loan the message is about (the Regulation F cap counts per loan). */
  loanIdPath?: string;
  /** Dot path to the staff team or person a task goes to. */
  teamPath?: string;
}

/** Reads a dot path (`deadlines.finalResponse`) from event data. */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export type TemplateParams = Record<string, string | number | boolean | undefined>;

/** The template parameters of a workflow for one event: paths resolved, arrays joined. */
export function paramsFor(workflow: Workflow, data: unknown): TemplateParams {
  const params: TemplateParams = {};
  for (const [name, source] of Object.entries(workflow.params)) {
    if (source.startsWith('=')) {
      params[name] = source.slice(1);
      continue;
    }
    const value = valueAt(data, source);
    if (Array.isArray(value)) params[name] = value.join(', ');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      params[name] = value;
  }
  return params;
}

/** Whether the event-side conditions hold (customer-side ones are checked against the local copy). */
export function eventConditionsHold(workflow: Workflow, data: unknown): boolean {
  return (workflow.conditions ?? []).every((condition) =>
    'event' in condition ? condition.in.includes(valueAt(data, condition.event) as string) : true,
  );
}
