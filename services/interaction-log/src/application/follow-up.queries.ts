import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@crm/kernel';
import { followUpStatus, type FollowUp, type FollowUpStatus } from '../domain/follow-up';
import { InteractionLogSettings } from '../interaction-log.settings';
import { FollowUpRepository, type FollowUpFilter } from './follow-up.repository';

export interface FollowUpView extends FollowUp {
  status: FollowUpStatus;
}

@Injectable()
export class FollowUpQueries {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly settings: InteractionLogSettings,
    private readonly clock: Clock,
  ) {}

  view(followUp: FollowUp): FollowUpView {
    return { ...followUp, status: followUpStatus(followUp, this.clock.now(), this.settings.overdueMarginMs) };
  }

  async get(id: string): Promise<FollowUpView> {
    const followUp = await this.followUps.get(id);
    if (!followUp) throw new NotFoundError('FOLLOW_UP_NOT_FOUND', `no follow-up ${id}`);
    return this.view(followUp);
  }

  async page(
    filter: Omit<FollowUpFilter, 'now' | 'overdueMarginMs'>,
  ): Promise<{ items: FollowUpView[]; next?: { dueAt: Date; id: string } }> {
    const rows = await this.followUps.list({
      ...filter,
      limit: filter.limit + 1,
      now: this.clock.now(),
      overdueMarginMs: this.settings.overdueMarginMs,
    });
    const items = rows.slice(0, filter.limit).map((row) => this.view(row));
    const last = items[items.length - 1];
    return {
      items,
      next: rows.length > filter.limit && last ? { dueAt: last.dueAt, id: last.id } : undefined,
    };
  }
}
