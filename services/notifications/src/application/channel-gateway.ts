import type { NotificationChannel } from '@crm/contracts';
import type { ProviderAttempt } from '../domain/notification';

export interface OutboundMessage {
  /** The provider's idempotency key: a retried send of the same message is the same message. */
  messageKey: string;
  channel: NotificationChannel;
  to: string;
  subject: string;
  body: string;
  locale: string;
  direction: 'ltr' | 'rtl';
}

export type SendOutcome =
  | { accepted: true; provider: string; providerMessageId?: string; attempts: ProviderAttempt[] }
  | { accepted: false; error: string; attempts: ProviderAttempt[] };

/** Port: hands a message to the channel's providers, failing over between them in order. */
export abstract class ChannelGateway {
  abstract send(message: OutboundMessage): Promise<SendOutcome>;
}

/** Port: checks a provider's signature over a webhook body. */
export abstract class ReceiptVerifier {
  abstract verify(provider: string, body: Buffer, signature: string | undefined): boolean;
}
