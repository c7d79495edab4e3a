import { Injectable } from '@nestjs/common';
import type { TimelineEntry } from '../domain/timeline-entry';
import { TimelineRepository, type TimelineFilter, type TimelinePosition } from './timeline.repository';

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Where the next page starts, or undefined on the last page. */
  next?: TimelinePosition;
}

@Injectable()
export class TimelineQueries {
  constructor(private readonly timeline: TimelineRepository) {}

  async page(filter: TimelineFilter): Promise<TimelinePage> {
    // One extra row tells whether another page exists without a count query.
    const rows = await this.timeline.list({ ...filter, limit: filter.limit + 1 });
    const entries = rows.slice(0, filter.limit);
    const last = entries[entries.length - 1];
    return {
      entries,
      next: rows.length > filter.limit && last ? { occurredAt: last.occurredAt, id: last.id } : undefined,
    };
  }
}
