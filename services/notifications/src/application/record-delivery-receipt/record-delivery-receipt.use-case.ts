import { Injectable } from '@nestjs/common';
import { NotificationDeliveredV1, NotificationFailedV1 } from '@crm/contracts';
import { Clock, DomainError } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { hasLaterStep } from '../../domain/channel-choice';
import { normaliseReceiptStatus, type DeliveryStatus } from '../../domain/notification';
import { ReceiptVerifier } from '../channel-gateway';
import { NotificationRepository } from '../notification.repository';
import { WorkflowCatalog } from '../workflows/workflow-catalog';
import type { RecordDeliveryReceiptCommand } from './record-delivery-receipt.command';

const RANK: Record<DeliveryStatus, number> = { sending: 0, sent: 1, delivered: 2, read: 3, failed: 1 };

/**
 * A delivery receipt from a provider: checked against the provider's signature, normalised to our
 * statuses, applied (a receipt never moves a message backwards) and published for the timeline.
 */
@Injectable()
export class RecordDeliveryReceiptUseCase {
  constructor(
    private readonly verifier: ReceiptVerifier,
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationRepository,
    private readonly catalog: WorkflowCatalog,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordDeliveryReceiptCommand): Promise<{ status: string }> {
    if (!this.verifier.verify(command.provider, command.rawBody, command.signature))
      throw new DomainError(
        'WEBHOOK_SIGNATURE_INVALID',
        'unauthenticated',
        'the receipt signature does not verify',
      );
    const status = normaliseReceiptStatus(command.status);
    if (!status) return { status: 'ignored' };
    const now = this.clock.now();
    return this.transactions.run(async () => {
      const delivery = command.messageId
        ? await this.notifications.findDelivery({
            provider: command.provider,
            providerMessageId: command.messageId,
          })
        : command.reference
          ? await this.notifications.findDelivery({ messageKey: command.reference })
          : undefined;
      if (!delivery)
        throw new DomainError('DELIVERY_NOT_FOUND', 'not-found', 'no message matches the receipt');
      if (RANK[status] <= RANK[delivery.status] || delivery.status === 'failed')
        return { status: delivery.status };
      await this.notifications.setDeliveryStatus(delivery.messageKey, status, now, command.error);
      const notification = await this.notifications.get(delivery.notificationId);
      const isCurrent =
        notification &&
        notification.stepIndex === delivery.stepIndex &&
        notification.channel === delivery.channel &&
        ['sending', 'sent', 'delivered'].includes(notification.status);
      if (!notification || !isCurrent) return { status };
      const base = {
        notificationId: notification.id,
        customerId: notification.customerId,
        workflow: notification.workflow,
        purpose: notification.purpose,
        channel: delivery.channel,
        locale: notification.locale ?? 'en',
        ...(notification.sourceEventId ? { sourceEventId: notification.sourceEventId } : {}),
      };
      if (status === 'failed') {
        const workflow = this.catalog.find(notification.workflow);
        if (workflow && hasLaterStep(workflow, delivery.stepIndex)) {
          await this.notifications.setStatus(notification.id, 'scheduled', now, {
            stepIndex: delivery.stepIndex + 1,
            scheduledFor: now,
            reason: 'PROVIDER_REPORTED_FAILURE',
          });
        } else {
          await this.notifications.setStatus(notification.id, 'failed', now, {
            reason: 'PROVIDER_REPORTED_FAILURE',
          });
          await this.publisher.publish(
            newEvent(NotificationFailedV1, notification.customerId, {
              ...base,
              reason: 'PROVIDER_REPORTED_FAILURE',
              failedAt: now.toISOString(),
            }),
          );
        }
        return { status };
      }
      if (status === 'sent') return { status };
      await this.notifications.setStatus(notification.id, status, now, { reason: null });
      if (notification.status !== 'delivered')
        await this.publisher.publish(
          newEvent(NotificationDeliveredV1, notification.customerId, {
            ...base,
            deliveredAt: now.toISOString(),
          }),
        );
      return { status };
    });
  }
}
