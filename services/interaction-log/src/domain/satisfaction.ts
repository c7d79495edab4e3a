import { Decimal } from '@crm/kernel';

/** The answers of one group of survey responses, as counted by the database. */
export interface ScoreCounts {
  responses: number;
  npsResponses: number;
  /** NPS 9–10. */
  promoters: number;
  /** NPS 7–8. */
  passives: number;
  /** NPS 0–6. */
  detractors: number;
  csatResponses: number;
  csatSum: number;
}

export interface SatisfactionFigures extends ScoreCounts {
  /** % promoters − % detractors, −100 … 100, one decimal place; null without NPS answers. */
  nps: string | null;
  /** Mean of CSAT 1–5, two decimal places; null without CSAT answers. */
  averageCsat: string | null;
}

/**
 * Net Promoter Score as Bain & Company define it: the share of promoters (9–10) minus the share of
 * detractors (0–6), in percentage points; passives (7–8) count in the base only. Exact decimal
 * arithmetic, rounded half-up once at the end.
 */
export function satisfactionFigures(counts: ScoreCounts): SatisfactionFigures {
  return {
    ...counts,
    nps:
      counts.npsResponses === 0
        ? null
        : new Decimal(counts.promoters - counts.detractors)
            .times(100)
            .div(counts.npsResponses)
            .toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
            .toFixed(1),
    averageCsat:
      counts.csatResponses === 0
        ? null
        : new Decimal(counts.csatSum)
            .div(counts.csatResponses)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
            .toFixed(2),
  };
}
