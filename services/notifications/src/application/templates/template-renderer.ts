import type { AddressAs, CommunicationStyle, NotificationPurpose } from '@crm/contracts';

/** The template keys the shipped workflows use; each template documents the parameters it reads. */
export const TEMPLATE_KEYS = [
  'welcome',
  'payment-due-reminder',
  'payment-missed',
  'hardship-arrangement-started',
  'hardship-arrangement-ended',
  'complaint-acknowledged',
  'complaint-final-response',
  'complaint-escalation-rights',
  'complaint-deadline-extended',
  'survey-invitation',
  'followup-due-task',
  'risk-warning-task',
  'festival-greeting',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface RenderRequest {
  templateKey: string;
  /** The customer's locale (BCP 47); the renderer walks its fallback chain. */
  locale: string;
  communicationStyle?: CommunicationStyle;
  /** `collections` and legal notices are sent only from approved template versions. */
  purpose: NotificationPurpose;
  recipient: {
    /** How the customer is addressed: the renderer formats the greeting name the customer's way. */
    addressAs?: AddressAs;
    /** IANA: dates and times are shown in it. */
    timeZone: string;
  };
  /** Template parameters: amounts as decimal strings with `currency`, dates as YYYY-MM-DD or ISO instants. */
  params: Record<string, string | number | boolean | undefined>;
}

export interface RenderedMessage {
  templateKey: string;
  templateVersion: number;
  /** The locale of the text actually used (after fallback). */
  locale: string;
  /** True when the customer's own locale had no approved text and a fallback was used. */
  fellBack: boolean;
  subject: string;
  body: string;
  direction: 'ltr' | 'rtl';
}

/**
 * Port: turns a template key, a locale and parameters into a message. Throws a DomainError with code
 * `TEMPLATE_NOT_FOUND` or `TEMPLATE_NOT_APPROVED` when nothing may be sent.
 */
export abstract class TemplateRenderer {
  abstract render(request: RenderRequest): Promise<RenderedMessage>;
}
