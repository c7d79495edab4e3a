import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ReceiptVerifier } from '../../application/channel-gateway';
import { NotificationsSettings, type ProviderSettings } from '../../notifications.settings';

/** The configured HTTP providers (NOTIFICATION_PROVIDERS), in failover order. */
@Injectable()
export class ProviderDirectory extends ReceiptVerifier {
  readonly providers: ProviderSettings[];

  constructor(settings: NotificationsSettings) {
    super();
    this.providers = JSON.parse(settings.NOTIFICATION_PROVIDERS) as ProviderSettings[];
  }

  forChannel(channel: string): ProviderSettings[] {
    return this.providers.filter((p) => p.channels.includes(channel));
  }

  /** `X-Signature: sha256=<hex HMAC-SHA256 of the raw body with the provider's webhook secret>`. */
  verify(provider: string, body: Buffer, signature: string | undefined): boolean {
    const secret = this.providers.find((p) => p.name === provider)?.webhookSecret;
    if (!secret || !signature) return false;
    const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
