import type { InteractionChannel, InteractionOutcome } from '@crm/contracts';
import { DomainError, canonicalizeLocale } from '@crm/kernel';

export const SUMMARY_MAX_LENGTH = 4000;
/** Clocks of channel apps drift; an interaction further in the future than this is a typo. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type Direction = 'inbound' | 'outbound';

/** What a channel app says happened. */
export interface InteractionFacts {
  channel: InteractionChannel;
  direction: Direction;
  occurredAt: Date;
  language: string;
  interpreterUsed: boolean;
  staffId?: string;
  team?: string;
  summary: string;
  outcome: InteractionOutcome;
  topics: string[];
  loanId?: string;
  complaintId?: string;
}

/**
 * A logged touchpoint. Append-only: never edited, never deleted through the API. A correction is a
 * new interaction that `supersedes` the original; the original stays, marked `supersededBy`.
 */
export interface Interaction extends Omit<InteractionFacts, 'summary'> {
  id: string;
  customerId: string;
  /** Null once erased (GDPR Art. 17): the rest of the record is kept as a non-personal fact. */
  summary: string | null;
  supersedes?: string;
  supersededBy?: string;
  recordedAt: Date;
}

export function recordInteraction(
  id: string,
  customerId: string,
  facts: InteractionFacts,
  now: Date,
): Interaction {
  if (facts.occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new DomainError('INTERACTION_IN_FUTURE', 'invalid', 'occurredAt lies in the future');
  }
  const language = canonicalizeLocale(facts.language);
  if (!language) throw new DomainError('INVALID_LANGUAGE', 'invalid', 'language must be a BCP 47 tag');
  if ([...facts.summary].length > SUMMARY_MAX_LENGTH) {
    throw new DomainError(
      'SUMMARY_TOO_LONG',
      'invalid',
      `summary holds at most ${SUMMARY_MAX_LENGTH} characters`,
    );
  }
  return {
    ...facts,
    id,
    customerId,
    language,
    topics: [...new Set(facts.topics.map((topic) => topic.toLowerCase()))],
    recordedAt: now,
  };
}

/** A correction: the same customer, new facts, and the original it replaces in the timeline's view. */
export function correctInteraction(
  original: Interaction,
  id: string,
  facts: InteractionFacts,
  now: Date,
): Interaction {
  if (original.supersededBy) {
    throw new DomainError(
      'INTERACTION_ALREADY_SUPERSEDED',
      'conflict',
      `interaction ${original.id} was already corrected by ${original.supersededBy}; correct that one instead`,
      { supersededBy: original.supersededBy },
    );
  }
  return { ...recordInteraction(id, original.customerId, facts, now), supersedes: original.id };
}

const CHANNEL_NAMES: Record<InteractionChannel, string> = {
  branch: 'Branch visit',
  phone: 'Phone call',
  video: 'Video call',
  email: 'Email',
  sms: 'SMS',
  chat: 'Chat',
  wechat: 'WeChat',
  whatsapp: 'WhatsApp',
  line: 'LINE',
  'mobile-app': 'Mobile app',
  web: 'Web',
  letter: 'Letter',
  social: 'Social media',
};

/** The timeline line for an interaction: coded facts only, never the summary (free text, personal). */
export function interactionTitle(interaction: Interaction): string {
  const correction = interaction.supersedes ? ' (corrected)' : '';
  return `${CHANNEL_NAMES[interaction.channel]} (${interaction.direction}): ${interaction.outcome}${correction}`;
}
