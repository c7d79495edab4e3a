import { Injectable } from '@nestjs/common';
import { Clock } from '@crm/kernel';
import { TransactionRunner } from '@crm/persistence';
import { festivalsOn } from '../../domain/festival-calendar';
import { hasGrantedConsent } from '../../domain/recipient';
import { RecipientRepository } from '../recipient.repository';
import { TriggerWorkflowUseCase } from '../trigger-workflow/trigger-workflow.use-case';

const WORKFLOW = 'festival-greeting';
const PAGE = 500;

/**
 * On the first day of a festival a customer observes (in their own time zone), a greeting — only while
 * their cultural-personalisation consent is granted (GDPR Art. 9(2)(a)). The trigger key names the
 * festival, the date and the customer, so each greeting is created once however often the job runs.
 */
@Injectable()
export class ScheduleFestivalGreetingsUseCase {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recipients: RecipientRepository,
    private readonly trigger: TriggerWorkflowUseCase,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    let created = 0;
    let after: string | undefined;
    for (;;) {
      const page = await this.recipients.festivalObservers(after, PAGE);
      if (page.length === 0) return created;
      after = page[page.length - 1]?.customerId;
      await this.transactions.run(async () => {
        for (const recipient of page) {
          if (!hasGrantedConsent(recipient, 'cultural-personalisation')) continue;
          const today = this.clock.today(recipient.timeZone);
          for (const festival of festivalsOn(today).filter((f) => recipient.observedFestivals.includes(f))) {
            const ids = await this.trigger.execute({
              kind: 'direct',
              workflow: WORKFLOW,
              customerId: recipient.customerId,
              params: { festival },
              triggerKey: `festival:${festival}:${today}:${recipient.customerId}`,
            });
            created += ids.length;
          }
        }
      });
    }
  }
}
