import type { NotificationChannel } from '@crm/contracts';
import { hasContactPointFor, mayUseChannel, type Recipient } from './recipient';
import type { StaffTaskKind, Workflow } from './workflow';

export interface ChannelChoice {
  stepIndex: number;
  channel: NotificationChannel;
  task?: StaffTaskKind;
  team?: string;
}

/**
 * The first step, from `fromStep` on, that has a channel the customer consented to for the purpose and
 * can be reached on; within a step the customer's preferred order wins, then the workflow's.
 * Vulnerability adjustments apply: `no-phone-calls` removes call tasks.
 */
export function chooseChannel(
  workflow: Workflow,
  recipient: Recipient,
  fromStep: number,
): ChannelChoice | undefined {
  for (let stepIndex = fromStep; stepIndex < workflow.steps.length; stepIndex++) {
    const step = workflow.steps[stepIndex];
    if (!step) break;
    if (step.task === 'call' && recipient.adjustments.includes('no-phone-calls')) continue;
    const rank = (channel: NotificationChannel) => {
      const preferred = recipient.preferredChannels.indexOf(channel as never);
      return preferred >= 0 ? preferred : recipient.preferredChannels.length + step.channels.indexOf(channel);
    };
    const usable = step.channels
      .filter((channel) => mayUseChannel(recipient, workflow.purpose, channel, step.task))
      .filter((channel) => hasContactPointFor(recipient, channel))
      .sort((a, b) => rank(a) - rank(b));
    const channel = usable[0];
    if (channel) return { stepIndex, channel, task: step.task, team: step.team };
  }
  return undefined;
}

/** Whether a later step exists to fall back to. */
export function hasLaterStep(workflow: Workflow, stepIndex: number): boolean {
  return stepIndex + 1 < workflow.steps.length;
}
