import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { Clock } from '@crm/kernel';
import { ChannelGateway, type OutboundMessage, type SendOutcome } from '../../application/channel-gateway';
import type { ProviderAttempt } from '../../domain/notification';
import { NotificationsSettings } from '../../notifications.settings';
import { ProviderDirectory } from './provider-directory';

/**
 * E-mail over SMTP (nodemailer); SMS, WhatsApp and push through HTTP providers in failover order, each
 * request carrying the message key as `Idempotency-Key`, so a re-sent message is deduplicated by the
 * provider. Provider wire format: `POST {baseUrl}/v1/messages` with `{ channel, to, subject, body,
 * locale, reference }`, `Authorization: Bearer <apiKey>`; a 2xx answer `{ id }` accepts it.
 */
@Injectable()
export class ChannelGatewayAdapter extends ChannelGateway implements OnModuleDestroy {
  private readonly mailer?: Transporter;

  constructor(
    private readonly settings: NotificationsSettings,
    private readonly providers: ProviderDirectory,
    private readonly clock: Clock,
  ) {
    super();
    if (settings.SMTP_URL) this.mailer = createTransport(settings.SMTP_URL);
  }

  onModuleDestroy(): void {
    this.mailer?.close();
  }

  async send(message: OutboundMessage): Promise<SendOutcome> {
    if (!message.to) return { accepted: false, error: 'NO_ADDRESS', attempts: [] };
    if (message.channel === 'email') return this.sendEmail(message);
    return this.sendThroughProviders(message);
  }

  private async sendEmail(message: OutboundMessage): Promise<SendOutcome> {
    const at = this.clock.now().toISOString();
    if (!this.mailer) return { accepted: false, error: 'NO_PROVIDER', attempts: [] };
    try {
      // SMTP has no idempotency key: the deterministic Message-ID lets receivers spot a duplicate.
      const info = (await this.mailer.sendMail({
        from: this.settings.SMTP_FROM,
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: `<${message.messageKey}@notifications.crm>`,
        headers: { 'Content-Language': message.locale },
      })) as { messageId?: string };
      return {
        accepted: true,
        provider: 'smtp',
        providerMessageId: info.messageId,
        attempts: [{ provider: 'smtp', outcome: 'accepted', at }],
      };
    } catch (error) {
      return {
        accepted: false,
        error: 'SMTP_REJECTED',
        attempts: [
          { provider: 'smtp', outcome: 'failed', error: (error as Error).message.slice(0, 200), at },
        ],
      };
    }
  }

  private async sendThroughProviders(message: OutboundMessage): Promise<SendOutcome> {
    const attempts: ProviderAttempt[] = [];
    const candidates = this.providers.forChannel(message.channel);
    if (candidates.length === 0) return { accepted: false, error: 'NO_PROVIDER', attempts };
    for (const provider of candidates) {
      const at = this.clock.now().toISOString();
      try {
        const response = await fetch(`${provider.baseUrl.replace(/\/$/, '')}/v1/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${provider.apiKey}`,
            'idempotency-key': message.messageKey,
          },
          body: JSON.stringify({
            channel: message.channel,
            to: message.to,
            subject: message.subject,
            body: message.body,
            locale: message.locale,
            reference: message.messageKey,
          }),
          signal: AbortSignal.timeout(this.settings.PROVIDER_TIMEOUT_MS),
        });
        if (response.ok) {
          const answer = (await response.json().catch(() => ({}))) as { id?: unknown };
          attempts.push({ provider: provider.name, outcome: 'accepted', at });
          return {
            accepted: true,
            provider: provider.name,
            providerMessageId: typeof answer.id === 'string' ? answer.id : undefined,
            attempts,
          };
        }
        attempts.push({ provider: provider.name, outcome: 'failed', error: `HTTP ${response.status}`, at });
      } catch (error) {
        attempts.push({ provider: provider.name, outcome: 'failed', error: (error as Error).name, at });
      }
    }
    return { accepted: false, error: 'ALL_PROVIDERS_FAILED', attempts };
  }
}
