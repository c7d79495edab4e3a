import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { NOTIFICATION_CHANNELS, NOTIFICATION_PURPOSES } from '@crm/contracts';
import { PageQuery } from '@crm/platform';
import type { NotificationWithDeliveries } from '../application/notification.repository';
import { NOTIFICATION_STATUSES, type Notification } from '../domain/notification';

function IsFlatParams(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isFlatParams',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          Object.keys(value).length <= 30 &&
          Object.entries(value).every(
            ([key, v]) =>
              /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(key) &&
              (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 500)),
          ),
        defaultMessage: () =>
          'params must be an object of at most 30 names (letters and digits) to strings (≤ 500), numbers or booleans',
      },
    },
    options,
  );
}

export class TriggerNotificationRequest {
  @ApiProperty({ example: 'payment-due-reminder', description: 'The workflow to run.' })
  @Matches(/^[a-z0-9-]{1,80}$/, { message: 'workflow must be a workflow name such as payment-due-reminder' })
  workflow!: string;

  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({
    description: 'Template parameters; amounts as decimal strings with `currency`, dates as YYYY-MM-DD.',
    example: { amount: '888.49', currency: 'EUR', dueDate: '2026-04-01', daysUntilDue: 5 },
  })
  @IsOptional()
  @IsObject()
  @IsFlatParams()
  params?: Record<string, string | number | boolean>;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The loan it is about (collections contact caps count per loan).',
  })
  @IsOptional()
  @IsUUID()
  loanId?: string;
}

export class ProviderAttemptDto {
  @ApiProperty({ example: 'sms-primary' }) provider!: string;
  @ApiProperty({ enum: ['accepted', 'failed'] }) outcome!: string;
  @ApiPropertyOptional({ example: 'HTTP 503' }) error?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class DeliveryAttemptDto {
  @ApiProperty({ description: 'Deterministic key; the provider idempotency key.' }) messageKey!: string;
  @ApiProperty({ example: 0 }) step!: number;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: string;
  @ApiProperty({ enum: ['sending', 'sent', 'delivered', 'read', 'failed'] }) status!: string;
  @ApiPropertyOptional({ example: 'sms-primary' }) provider?: string;
  @ApiProperty({ type: [ProviderAttemptDto] }) providerAttempts!: ProviderAttemptDto[];
  @ApiPropertyOptional({ example: 'ALL_PROVIDERS_FAILED' }) error?: string;
  @ApiPropertyOptional({ format: 'date-time' }) sentAt?: string;
}

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'payment-due-reminder' }) workflow!: string;
  @ApiProperty({ enum: NOTIFICATION_PURPOSES }) purpose!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status!: string;
  @ApiPropertyOptional({ example: 'QUIET_HOURS', description: 'Why it is deferred, skipped or failed.' })
  reason?: string;
  @ApiProperty({ format: 'date-time', description: 'When it is (or was) due to go out, UTC.' })
  scheduledFor!: string;
  @ApiPropertyOptional({ enum: NOTIFICATION_CHANNELS }) channel?: string;
  @ApiPropertyOptional({ example: 'es', description: 'The locale of the text sent (after fallback).' })
  locale?: string;
  @ApiPropertyOptional() sourceEventId?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({
    type: [DeliveryAttemptDto],
    description: 'Every attempt, in order (single reads only).',
  })
  attempts?: DeliveryAttemptDto[];

  static from(n: Notification | NotificationWithDeliveries): NotificationResponse {
    return {
      id: n.id,
      customerId: n.customerId,
      workflow: n.workflow,
      purpose: n.purpose,
      status: n.status,
      ...(n.reason ? { reason: n.reason } : {}),
      scheduledFor: n.scheduledFor.toISOString(),
      ...(n.channel ? { channel: n.channel } : {}),
      ...(n.locale ? { locale: n.locale } : {}),
      ...(n.sourceEventId ? { sourceEventId: n.sourceEventId } : {}),
      createdAt: n.createdAt.toISOString(),
      ...('deliveries' in n
        ? {
            attempts: n.deliveries.map((d) => ({
              messageKey: d.messageKey,
              step: d.stepIndex,
              channel: d.channel,
              status: d.status,
              ...(d.provider ? { provider: d.provider } : {}),
              providerAttempts: d.attempts,
              ...(d.error ? { error: d.error } : {}),
              ...(d.sentAt ? { sentAt: d.sentAt.toISOString() } : {}),
            })),
          }
        : {}),
    };
  }
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class InboxMessageResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Su pago vence pronto' }) subject!: string | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ example: 'es' }) locale!: string;
  @ApiProperty({ enum: ['ltr', 'rtl'] }) direction!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) readAt?: string;
}

export class InboxPageResponse {
  @ApiProperty({ type: [InboxMessageResponse] }) items!: InboxMessageResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class StaffTaskQuery extends PageQuery {
  @ApiProperty({ example: 'collections', description: 'The team whose tasks to list.' })
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'team must be a team name' })
  team!: string;
}

export class StaffTaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'collections' }) team!: string;
  @ApiProperty({ enum: ['call', 'branch-visit', 'letter', 'review'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ nullable: true, type: String }) subject!: string | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class StaffTaskPageResponse {
  @ApiProperty({ type: [StaffTaskResponse] }) items!: StaffTaskResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ProviderReceiptRequest {
  @ApiPropertyOptional({ example: 'SM123', description: "The provider's id of the message." })
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,200}$/)
  messageId?: string;

  @ApiPropertyOptional({ description: 'Our message key, sent as `reference` with the message.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,100}$/)
  reference?: string;

  @ApiProperty({ example: 'delivered', description: 'The provider status (delivered, undelivered, read…).' })
  @Matches(/^[A-Za-z_ -]{1,40}$/)
  status!: string;

  @ApiPropertyOptional({ example: '30007' })
  @IsOptional()
  @Matches(/^[\x20-\x7e]{1,200}$/)
  error?: string;
}
