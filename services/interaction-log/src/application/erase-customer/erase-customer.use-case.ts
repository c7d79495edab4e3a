import { Injectable } from '@nestjs/common';
import { PrivacyErasureCompletedV1 } from '@crm/contracts';
import { Clock } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { AuditTrail, systemPrincipal } from '@crm/security';
import { CustomerCopyRepository } from '../customer-copy.repository';
import { FollowUpRepository } from '../follow-up.repository';
import { InteractionRepository } from '../interaction.repository';
import { StoredReplies } from '../stored-replies.repository';
import { SurveyRepository } from '../survey.repository';
import type { EraseCustomerCommand } from './erase-customer.command';

/**
 * Right to erasure (GDPR Art. 17, PIPL Art. 47): the free text about the customer goes — interaction
 * summaries, survey comments, follow-up reasons, stored replies quoting them — and so does the local
 * copy of their preferences.
 * What remains (channels, times, outcomes, scores) carries no text about the person and feeds the
 * non-personal service-quality aggregates. Runs in the inbox transaction of the request event.
 */
@Injectable()
export class EraseCustomerUseCase {
  constructor(
    private readonly interactions: InteractionRepository,
    private readonly surveys: SurveyRepository,
    private readonly followUps: FollowUpRepository,
    private readonly customers: CustomerCopyRepository,
    private readonly storedReplies: StoredReplies,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ customerId, requestId }: EraseCustomerCommand): Promise<void> {
    await this.interactions.eraseSummaries(customerId);
    await this.surveys.eraseComments(customerId);
    await this.followUps.eraseReasons(customerId);
    await this.customers.remove(customerId);
    await this.storedReplies.forgetCustomer(customerId);
    await this.audit.record(
      { action: 'customer.erase', resourceType: 'customer', resourceId: customerId, outcome: 'success' },
      systemPrincipal('interaction-log'),
    );
    await this.events.publish(
      newEvent(PrivacyErasureCompletedV1, customerId, {
        requestId,
        customerId,
        service: 'interaction-log',
        erased: [
          'interaction summaries',
          'survey comments',
          'follow-up reasons',
          'stated contact preferences',
        ],
        retained: [
          {
            data: 'interaction, follow-up and survey records without free text (channel, time, outcome, scores)',
            reason: 'no personal text left; kept for non-personal service-quality statistics (GDPR Art. 89)',
          },
          {
            data: 'timeline entries (coded titles and event references)',
            reason:
              'record of the bank’s dealings with the account; titles hold no free text or contact data',
          },
        ],
        completedAt: this.clock.now().toISOString(),
      }),
    );
  }
}
