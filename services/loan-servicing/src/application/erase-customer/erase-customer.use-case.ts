import { Injectable } from '@nestjs/common';
import { PrivacyErasureCompletedV1 } from '@crm/contracts';
import { Clock } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { AuditTrail, systemPrincipal } from '@crm/security';
import { LoanServicingSettings } from '../../loan-servicing.settings';
import { HardshipRepository } from '../hardship.repository';
import { LocalCopyRepository } from '../local-copy.repository';
import { StoredReplies } from '../stored-replies.repository';
import type { EraseCustomerCommand } from './erase-customer.command';

/**
 * Right to erasure (GDPR Art. 17, PIPL Art. 47) as far as the law allows: the contact copies and the
 * free-text hardship notes go; the loan ledger stays under legal hold (Art. 17(3)(b): a legal
 * obligation to keep credit and bookkeeping records). Runs in the inbox transaction of the request.
 */
@Injectable()
export class EraseCustomerUseCase {
  constructor(
    private readonly copies: LocalCopyRepository,
    private readonly hardship: HardshipRepository,
    private readonly storedReplies: StoredReplies,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly settings: LoanServicingSettings,
  ) {}

  async execute(command: EraseCustomerCommand): Promise<void> {
    await this.copies.eraseCustomer(command.customerId);
    await this.hardship.eraseNotes(command.customerId);
    await this.storedReplies.forgetCustomer(command.customerId);
    const now = this.clock.now();
    await this.audit.record(
      {
        action: 'customer.erase',
        resourceType: 'customer',
        resourceId: command.customerId,
        outcome: 'success',
      },
      systemPrincipal('loan-servicing'),
    );
    await this.events.publish(
      newEvent(
        PrivacyErasureCompletedV1,
        command.customerId,
        {
          requestId: command.requestId,
          customerId: command.customerId,
          service: 'loan-servicing',
          erased: [
            'contact copies (language, time zone)',
            'vulnerability adjustments copy',
            'hardship request notes',
          ],
          retained: [
            {
              data: 'loan ledger: accounts, schedules and their versions, repayments, hardship requests and arrangements',
              reason: `legal hold: ${this.settings.LOAN_RECORD_RETENTION}`,
            },
          ],
          completedAt: now.toISOString(),
        },
        { occurredAt: now },
      ),
    );
  }
}
