import { Injectable } from '@nestjs/common';
import { PrivacyErasureCompletedV1, type CustomerErasureRequestedV1Data } from '@crm/contracts';
import { Clock } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { MailboxRepository } from '../mailbox.repository';
import { NotificationRepository } from '../notification.repository';
import { RecipientRepository } from '../recipient.repository';

/**
 * Right to erasure (GDPR Art. 17, PIPL Art. 47): rendered messages, inbox content, staff-task copies,
 * template parameters and the contact copy go; delivery metadata stays, because it proves when the bank
 * told the customer what (limitation periods, complaint handling). Runs in the inbox transaction.
 */
@Injectable()
export class EraseCustomerUseCase {
  constructor(
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationRepository,
    private readonly mailbox: MailboxRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(request: CustomerErasureRequestedV1Data): Promise<void> {
    const now = this.clock.now();
    await this.recipients.erase(request.customerId, now);
    await this.notifications.eraseContent(request.customerId);
    await this.mailbox.eraseContent(request.customerId);
    await this.publisher.publish(
      newEvent(PrivacyErasureCompletedV1, request.customerId, {
        requestId: request.requestId,
        customerId: request.customerId,
        service: 'notifications',
        erased: [
          'contact copies (e-mail, phone, messaging ids, postal address)',
          'name and form of address',
          'observed festivals, consents and vulnerability adjustments',
          'rendered message subjects and bodies',
          'in-app inbox content and staff-task copies',
          'template parameters',
        ],
        retained: [
          {
            data: 'delivery metadata: workflow, purpose, channel, status, times, provider references',
            reason:
              'evidence that required notices were given (complaint handling DISP 1.9, limitation periods); holds no content or contact data',
          },
        ],
        completedAt: now.toISOString(),
      }),
    );
  }
}
