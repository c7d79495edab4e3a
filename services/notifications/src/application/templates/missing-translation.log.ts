export interface MissingTranslation {
  templateKey: string;
  requestedLocale: string;
  /** The locale whose text was sent instead. */
  servedLocale: string;
  firstSeenAt: Date;
  /** Refreshed at most once a minute per replica; the metric counts every occurrence. */
  lastSeenAt: Date;
}

export interface MissingTranslationPage {
  items: MissingTranslation[];
  nextCursor?: string;
}

/**
 * Port: makes a fallback visible — counted in metrics, logged, and kept for translators (a list that
 * survives restarts).
 */
export abstract class MissingTranslationLog {
  abstract record(
    templateKey: string,
    requestedLocale: string,
    servedLocale: string,
    chain: string[],
  ): Promise<void>;
  abstract list(limit: number, cursor?: string): Promise<MissingTranslationPage>;
}
