import { CONTACT_CHANNELS, type ContactChannel } from '@crm/contracts';

/** What the customer told the bank (a local copy of customer-profile's events). */
export interface StatedPreferences {
  locale?: string;
  timeZone?: string;
  preferredChannels: ContactChannel[];
  contactHours?: { start: string; end: string };
}

/** What the interaction log saw: counts per channel, language and local hour (0–23). */
export interface ObservedUse {
  interactions: number;
  channels: Record<string, number>;
  languages: Record<string, number>;
  /** 24 buckets, the hour of day in the customer's time zone. */
  hours: number[];
}

export type DifferenceCode =
  'CHANNEL_NOT_STATED' | 'STATED_CHANNEL_UNUSED' | 'LANGUAGE_DIFFERS' | 'OUTSIDE_CONTACT_HOURS';

export interface Difference {
  code: DifferenceCode;
  detail: string;
}

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a whole local hour falls inside the stated window (windows may wrap past midnight). */
function hourInside(hour: number, window: { start: string; end: string }): boolean {
  const start = minutes(window.start);
  const end = minutes(window.end);
  const at = hour * 60;
  return start <= end ? at >= start && at < end : at >= start || at < end;
}

/**
 * Where what the customer does differs from what they said, so that staff and the notification
 * service reach them the way they actually respond. Channels compare only where the interaction
 * channel is also a contact channel (a branch visit is both; a web session is not something to send on).
 */
export function compareStatedAndObserved(stated: StatedPreferences, observed: ObservedUse): Difference[] {
  if (observed.interactions === 0) return [];
  const differences: Difference[] = [];
  const contactChannels: readonly string[] = CONTACT_CHANNELS;
  for (const [channel, count] of Object.entries(observed.channels).sort((a, b) => b[1] - a[1])) {
    if (contactChannels.includes(channel) && !(stated.preferredChannels as string[]).includes(channel)) {
      differences.push({
        code: 'CHANNEL_NOT_STATED',
        detail: `${count} interaction(s) by ${channel}, not a stated channel`,
      });
    }
  }
  for (const channel of stated.preferredChannels) {
    if (!observed.channels[channel]) {
      differences.push({ code: 'STATED_CHANNEL_UNUSED', detail: `${channel} is stated but never used` });
    }
  }
  // Languages compare by their primary subtag: en-GB and en are one language for this purpose.
  const byLanguage = new Map<string, number>();
  for (const [tag, count] of Object.entries(observed.languages)) {
    byLanguage.set(primary(tag), (byLanguage.get(primary(tag)) ?? 0) + count);
  }
  const [topLanguage] = [...byLanguage].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (stated.locale && topLanguage && topLanguage !== primary(stated.locale)) {
    differences.push({
      code: 'LANGUAGE_DIFFERS',
      detail: `conversations are mostly in ${topLanguage}, the stated locale is ${stated.locale}`,
    });
  }
  const window = stated.contactHours;
  if (window) {
    const outside = observed.hours.reduce(
      (sum, count, hour) => sum + (hourInside(hour, window) ? 0 : count),
      0,
    );
    if (outside > 0) {
      differences.push({
        code: 'OUTSIDE_CONTACT_HOURS',
        detail: `${outside} of ${observed.interactions} interaction(s) outside the stated hours ${window.start}–${window.end}`,
      });
    }
  }
  return differences;
}
