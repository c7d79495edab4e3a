import type { TimelineEntry } from '../domain/timeline-entry';

export interface TimelinePosition {
  occurredAt: Date;
  id: string;
}

export interface TimelineFilter {
  customerId: string;
  types?: string[];
  /** Entries strictly older than this position (the cursor of the previous page). */
  before?: TimelinePosition;
  limit: number;
}

export abstract class TimelineRepository {
  abstract add(entry: TimelineEntry): Promise<void>;
  /** Newest first. */
  abstract list(filter: TimelineFilter): Promise<TimelineEntry[]>;
}
