import type { ContactHours } from '@crm/contracts';
import { localDateOf } from '@crm/kernel';
import { chooseChannel, type ChannelChoice } from './channel-choice';
import {
  isAllowedAt,
  isWithinWindow,
  localTimeOf,
  nextAllowedMoment,
  type ContactRules,
} from './contact-window';
import { festivalsOn } from './festival-calendar';
import { legalFloorFor } from './legal-contact-rules';
import type { Notification } from './notification';
import type { Recipient } from './recipient';
import type { Workflow } from './workflow';

export type DispatchDecision =
  | ({ kind: 'send' } & ChannelChoice)
  | { kind: 'defer'; until: Date; reason: string }
  | { kind: 'skip'; reason: string };

export interface DispatchContext {
  now: Date;
  workflow: Workflow;
  notification: Pick<Notification, 'purpose' | 'stepIndex' | 'loanId' | 'createdAt'>;
  /** Undefined when no customer-profile event about the customer has arrived yet. */
  recipient?: Recipient;
  /** Times of the collections contacts about the notification's loan in the last days (cap). */
  recentLoanContacts: Date[];
  /** Messages of this workflow sent to the customer inside the throttle window. */
  sentInThrottleWindow: number;
  /** Contact hours for customers who gave none. */
  defaultContactHours: ContactHours;
  /** How long a message waits for the customer's contact preferences before it is skipped. */
  awaitPreferencesMinutes: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Channels that interrupt the customer: contact hours and legal floors apply to them. */
function isTimed(choice: ChannelChoice): boolean {
  if (choice.channel === 'staff-task') return choice.task === 'call';
  return choice.channel !== 'letter';
}

/**
 * What to do with a due message now: send it on a channel, defer it to the next allowed moment (quiet
 * hours defer, never drop), or skip it with a reason (no permitted channel, hardship, throttle).
 */
export function decideDispatch(context: DispatchContext): DispatchDecision {
  const { workflow, notification, recipient, now } = context;
  if (workflow.audience === 'staff') {
    const staffChoice = recipient
      ? chooseChannel(workflow, recipient, notification.stepIndex)
      : workflow.steps[notification.stepIndex]?.channels.includes('staff-task')
        ? {
            stepIndex: notification.stepIndex,
            channel: 'staff-task' as const,
            ...taskOf(workflow, notification.stepIndex),
          }
        : undefined;
    return staffChoice ? { kind: 'send', ...staffChoice } : { kind: 'skip', reason: 'NO_PERMITTED_CHANNEL' };
  }
  if (!recipient?.hasContactPreferences) {
    // Registration is followed by the contact-preferences event: wait for it rather than guess.
    if (now.getTime() - notification.createdAt.getTime() < context.awaitPreferencesMinutes * MINUTE)
      return {
        kind: 'defer',
        until: new Date(now.getTime() + 5 * MINUTE),
        reason: 'AWAITING_CONTACT_PREFERENCES',
      };
    return { kind: 'skip', reason: 'NO_CONTACT_PREFERENCES' };
  }
  if (
    notification.purpose === 'collections' &&
    recipient.hardshipLoanIds.length > 0 &&
    (!notification.loanId || recipient.hardshipLoanIds.includes(notification.loanId))
  ) {
    return { kind: 'skip', reason: 'HARDSHIP_ARRANGEMENT_ACTIVE' };
  }
  if (workflow.throttle && context.sentInThrottleWindow >= workflow.throttle.max)
    return { kind: 'skip', reason: 'THROTTLED' };
  const choice = chooseChannel(workflow, recipient, notification.stepIndex);
  if (!choice) return { kind: 'skip', reason: 'NO_PERMITTED_CHANNEL' };
  if (notification.purpose === 'security') return { kind: 'send', ...choice };

  const rules = contactRules(context, recipient, choice);
  if (isAllowedAt(now, rules)) return { kind: 'send', ...choice };
  const until = nextAllowedMoment(now, rules);
  if (!until) return { kind: 'skip', reason: 'NO_ALLOWED_CONTACT_TIME' };
  return { kind: 'defer', until, reason: deferralReason(now, rules, context, recipient, choice) };
}

function taskOf(workflow: Workflow, stepIndex: number) {
  const step = workflow.steps[stepIndex];
  return { task: step?.task, team: step?.team };
}

function observedFestivalBlocks(context: DispatchContext, recipient: Recipient) {
  // Collections and marketing stay silent on a festival the customer observes.
  if (context.notification.purpose !== 'collections' && context.notification.purpose !== 'marketing')
    return undefined;
  if (recipient.observedFestivals.length === 0) return undefined;
  return (date: string) => festivalsOn(date).some((f) => recipient.observedFestivals.includes(f));
}

function contactRules(context: DispatchContext, recipient: Recipient, choice: ChannelChoice): ContactRules {
  const floor = legalFloorFor(context.notification.purpose, recipient.countryOfResidence);
  const windows: ContactHours[] = [];
  if (isTimed(choice)) {
    windows.push(recipient.contactHours ?? context.defaultContactHours);
    if (floor?.window) windows.push(floor.window);
  }
  let notBefore: Date | undefined;
  const cap = floor?.cap;
  if (cap && context.notification.loanId) {
    const recent = [...context.recentLoanContacts]
      .filter((at) => at.getTime() > context.now.getTime() - cap.days * DAY)
      .sort((a, b) => b.getTime() - a.getTime());
    const oldestCounted = recent[cap.count - 1];
    if (oldestCounted) notBefore = new Date(oldestCounted.getTime() + cap.days * DAY);
  }
  return {
    timeZone: recipient.timeZone,
    windows,
    isBlockedDate: observedFestivalBlocks(context, recipient),
    notBefore,
  };
}

function deferralReason(
  now: Date,
  rules: ContactRules,
  context: DispatchContext,
  recipient: Recipient,
  choice: ChannelChoice,
): string {
  if (rules.notBefore && now < rules.notBefore) return 'CONTACT_CAP_7_IN_7_DAYS';
  if (rules.isBlockedDate?.(localDateOf(now, recipient.timeZone))) return 'FESTIVAL_OBSERVED';
  const time = localTimeOf(now, recipient.timeZone);
  const own = recipient.contactHours ?? context.defaultContactHours;
  if (isTimed(choice) && !isWithinWindow(own, time)) return 'QUIET_HOURS';
  return 'LEGAL_CONTACT_HOURS';
}
