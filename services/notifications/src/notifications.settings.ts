import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { IsLocale, IsTimeZone } from '@crm/platform';

/** The notification service's own settings (environment variables), checked at start. */
export class NotificationsSettings {
  /** SMTP server for e-mail, e.g. smtp://user:pass@smtp.example.com:587; e-mail is unavailable when unset. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  SMTP_FROM = 'Your bank <no-reply@bank.example>';

  /**
   * HTTP providers for sms, whatsapp and push, in failover order, as JSON:
   * `[{"name":"sms-a","channels":["sms"],"baseUrl":"https://…","apiKey":"…","webhookSecret":"…"}]`.
   */
  @Matches(/^\s*\[[\s\S]*\]\s*$/, { message: 'NOTIFICATION_PROVIDERS must be a JSON array of providers' })
  NOTIFICATION_PROVIDERS = '[]';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  PROVIDER_TIMEOUT_MS = 10_000;

  /** How often the dispatcher looks for due messages (besides the scheduler); 0 leaves it to the scheduler. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DISPATCH_INTERVAL_MS = 250;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DISPATCH_BATCH_SIZE = 100;

  /** Dispatch transactions run at once per replica (keep below DATABASE_POOL_SIZE). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DISPATCH_CONCURRENCY = 4;

  /** A message claimed by a replica that died is re-sent (same idempotency key) after this lease. */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  DELIVERY_LEASE_SECONDS = 120;

  /** Contact hours for customers who stated none (local time, `HH:mm-HH:mm`). */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'DEFAULT_CONTACT_HOURS must be HH:mm-HH:mm',
  })
  DEFAULT_CONTACT_HOURS = '08:00-21:00';

  /** How long a message waits for the customer's contact preferences before it is skipped. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  AWAIT_PREFERENCES_MINUTES = 24 * 60;

  /** The language and zone of staff tasks. */
  @IsLocale()
  STAFF_LOCALE = 'en';

  @IsTimeZone()
  STAFF_TIME_ZONE = 'UTC';

  /** A JSON file of workflows that replace or add to the shipped ones, by name. */
  @IsOptional()
  @IsString()
  WORKFLOWS_FILE?: string;
}

export interface ProviderSettings {
  name: string;
  channels: string[];
  baseUrl: string;
  apiKey: string;
  webhookSecret: string;
}
