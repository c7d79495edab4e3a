import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { TimelineRepository, type TimelineFilter } from '../application/timeline.repository';
import type { TimelineEntry } from '../domain/timeline-entry';
import { TimelineEntryOrmEntity } from './timeline-entry.orm-entity';

@Injectable()
export class TimelineTypeOrmRepository extends TimelineRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(entry: TimelineEntry): Promise<void> {
    await activeManager(this.dataSource).insert(TimelineEntryOrmEntity, {
      id: entry.id,
      customerId: entry.customerId,
      type: entry.type,
      channel: entry.channel,
      occurredAt: entry.occurredAt,
      title: entry.title,
      sourceEventId: entry.sourceEvent?.id ?? null,
      sourceEvent: entry.sourceEvent ?? null,
      interactionId: entry.interactionId ?? null,
      isSuperseded: entry.isSuperseded ?? false,
    });
  }

  async markSuperseded(interactionId: string): Promise<void> {
    await activeManager(this.dataSource).update(
      TimelineEntryOrmEntity,
      { interactionId },
      { isSuperseded: true },
    );
  }

  async list(filter: TimelineFilter): Promise<TimelineEntry[]> {
    const query = activeManager(this.dataSource)
      .createQueryBuilder(TimelineEntryOrmEntity, 'e')
      .where('e.customer_id = :customerId', { customerId: filter.customerId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(filter.limit);
    if (filter.types?.length) query.andWhere('e.type IN (:...types)', { types: filter.types });
    if (filter.channel) query.andWhere('e.channel = :channel', { channel: filter.channel });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    if (!filter.includeSuperseded) query.andWhere('e.is_superseded = false');
    if (filter.before) {
      // Row-value comparison walks the (customer_id, occurred_at, id) index: keyset paging, no OFFSET.
      query.andWhere('(e.occurred_at, e.id) < (:at, :id)', {
        at: filter.before.occurredAt,
        id: filter.before.id,
      });
    }
    const rows = await query.getMany();
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customerId,
      type: row.type,
      channel: row.channel,
      occurredAt: row.occurredAt,
      title: row.title,
      ...(row.sourceEvent ? { sourceEvent: row.sourceEvent } : {}),
      ...(row.interactionId ? { interactionId: row.interactionId, isSuperseded: row.isSuperseded } : {}),
    }));
  }
}
