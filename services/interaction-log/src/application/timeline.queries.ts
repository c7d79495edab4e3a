import { Injectable } from '@nestjs/common';
import type { TimelineEntry } from '../domain/timeline-entry';
import { TimelineRepository, type TimelinePosition } from './timeline.repository';

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Where the next page starts, or undefined on the last page. */
  next?: TimelinePosition;
}

@Injectable()
export class TimelineQueries {
  constructor(private readonly timeline: TimelineRepository) {}

  async page(
    customerId: string,
    limit: number,
    before?: TimelinePosition,
    types?: string[],
  ): Promise<TimelinePage> {
    // One extra row tells whether another page exists without a count query.
    const rows = await this.timeline.list({ customerId, limit: limit + 1, before, types });
    const entries = rows.slice(0, limit);
    const last = entries[entries.length - 1];
    return {
      entries,
      next: rows.length > limit && last ? { occurredAt: last.occurredAt, id: last.id } : undefined,
    };
  }
}
