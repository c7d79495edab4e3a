import 'reflect-metadata';
import { AdjustableClock } from '@crm/kernel';
import type { NewEvent } from '@crm/messaging';
import type { TransactionRunner } from '@crm/persistence';
import type { ScoreCounts } from '../../domain/satisfaction';
import type { Survey, SurveyResponse } from '../../domain/survey';
import { InteractionLogSettings } from '../../interaction-log.settings';
import { CustomerCopyRepository, type CustomerCopy } from '../customer-copy.repository';
import type { OwnEvents } from '../own-events';
import { SurveyRepository } from '../survey.repository';
import { InviteToSurveyUseCase } from './invite-to-survey.use-case';

class InMemorySurveys extends SurveyRepository {
  readonly rows: Survey[] = [];
  async addIfNew(survey: Survey): Promise<boolean> {
    if (this.rows.some((s) => s.trigger === survey.trigger && s.triggerId === survey.triggerId)) return false;
    this.rows.push(survey);
    return true;
  }
  async get(id: string): Promise<Survey | undefined> {
    return this.rows.find((s) => s.id === id);
  }
  async recordResponse(_id: string, _response: SurveyResponse): Promise<boolean> {
    return false;
  }
  async scoreCounts(): Promise<(ScoreCounts & { group: string })[]> {
    return [];
  }
  async eraseComments(): Promise<number> {
    return 0;
  }
}

class InMemoryCustomers extends CustomerCopyRepository {
  private readonly copies = new Map<string, CustomerCopy>();
  async get(customerId: string): Promise<CustomerCopy | undefined> {
    return this.copies.get(customerId);
  }
  async merge(customerId: string, fields: Partial<CustomerCopy>): Promise<void> {
    this.copies.set(customerId, {
      customerId,
      preferredChannels: [],
      ...this.copies.get(customerId),
      ...fields,
    });
  }
  async remove(customerId: string): Promise<void> {
    this.copies.delete(customerId);
  }
}

async function setup(triggers = 'interaction-resolved,complaint-resolved,loan-restructured') {
  const surveys = new InMemorySurveys();
  const published: NewEvent[] = [];
  const ownEvents = { publishOnTimeline: async (...events: NewEvent[]) => void published.push(...events) };
  const settings = Object.assign(new InteractionLogSettings(), {
    SURVEY_TRIGGERS: triggers,
    SURVEY_EXPIRY_DAYS: 7,
  });
  const transactions = { run: <T>(work: () => Promise<T>) => work() };
  const customers = new InMemoryCustomers();
  await customers.merge('c-1', { locale: 'es-MX' });
  const useCase = new InviteToSurveyUseCase(
    surveys,
    customers,
    ownEvents as unknown as OwnEvents,
    transactions as unknown as TransactionRunner,
    settings,
    new AdjustableClock('2026-11-24T08:00:00Z'),
  );
  return { useCase, surveys, published };
}

describe('InviteToSurveyUseCase', () => {
  it('invites once per trigger and publishes crm.survey.invited.v1 in the customer’s language', async () => {
    const { useCase, surveys, published } = await setup();
    const command = { trigger: 'loan-restructured' as const, triggerId: 'l-1', customerId: 'c-1' };

    const first = await useCase.execute(command);
    const second = await useCase.execute(command);

    expect(first).toMatchObject({ language: 'es-MX', expiresAt: new Date('2026-12-01T08:00:00Z') });
    expect(second).toBeUndefined();
    expect(surveys.rows).toHaveLength(1);
    expect(published.map((e) => [e.definition.type, e.data])).toEqual([
      [
        'crm.survey.invited.v1',
        expect.objectContaining({ trigger: 'loan-restructured', triggerId: 'l-1', language: 'es-MX' }),
      ],
    ]);
  });

  it('creates nothing for a trigger that is switched off', async () => {
    const { useCase, surveys, published } = await setup('complaint-resolved');
    expect(
      await useCase.execute({ trigger: 'loan-restructured', triggerId: 'l-1', customerId: 'c-1' }),
    ).toBeUndefined();
    expect(surveys.rows).toEqual([]);
    expect(published).toEqual([]);
  });
});
