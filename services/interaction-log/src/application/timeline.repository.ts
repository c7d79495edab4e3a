import type { TimelineEntry } from '../domain/timeline-entry';

export interface TimelinePosition {
  occurredAt: Date;
  id: string;
}

export interface TimelineFilter {
  customerId: string;
  types?: string[];
  channel?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  to?: Date;
  /** Also the interactions that corrections superseded (the history view). */
  includeSuperseded?: boolean;
  /** Entries strictly older than this position (the cursor of the previous page). */
  before?: TimelinePosition;
  limit: number;
}

export abstract class TimelineRepository {
  abstract add(entry: TimelineEntry): Promise<void>;
  /** Newest first. */
  abstract list(filter: TimelineFilter): Promise<TimelineEntry[]>;
  abstract markSuperseded(interactionId: string): Promise<void>;
}
